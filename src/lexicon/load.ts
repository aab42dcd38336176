import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SolieuError } from '../errors.js';
import { FUNCTION_ROLES, STATEMENT_ROLES, type FunctionRole, type PeriodRole, type StatementRole } from './lexicon.js';
import type {
  PosNode,
  BoundaryClass, Currency, DateRole, Lexicon, MeasureUnit, NumeralRole, NumeralWord, UnitContext,
} from './lexicon.js';
import { parseTsv, type Row } from './parse-tsv.js';
import { PhraseIndex } from './phrase-index.js';
import { WordMap, WordSet } from './word-set.js';
import { SCHEMAS, type TableName } from './schemas.js';
import { loadRules } from '../rules/load.js';
import type { TableSchema } from './parse-tsv.js';

/** `dictionaries/` beside `src/` (or beside `dist/` once built). */
export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

const str = (row: Row, column: string) => row[column] as string;
const fail = (file: string, message: string): never => {
  throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${file}: ${message}`, file);
};

function readTable(dir: string, name: TableName): Row[] {
  return readDictionaryTable(dir, SCHEMAS[name]);
}

/** Reads and checks one table of `dictionaries/` against its schema; throws `INVALID_DICTIONARY` naming the file (and line). */
export function readDictionaryTable(dir: string, schema: TableSchema): Row[] {
  let content: string;
  try {
    content = readFileSync(join(dir, schema.file), 'utf8');
  } catch (error) {
    throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${schema.file}: cannot read (${(error as Error).message})`, schema.file);
  }
  return parseTsv(content, schema);
}

const phrases = (rows: Row[], column = 'phrase') => new PhraseIndex<true>(rows.map((r) => [str(r, column), true]));
const wordSet = (rows: Row[], column = 'word') => new WordSet(rows.map((r) => str(r, column).toLowerCase()));

/** `statement/periods.tsv`: the words of each place in a time phrase. */
function periodsByRole(rows: Row[]): Record<PeriodRole, string[]> {
  const out = {} as Record<PeriodRole, string[]>;
  for (const r of rows) (out[str(r, 'role') as PeriodRole] ??= []).push(str(r, 'phrase'));
  return out;
}

function byRole(rows: Row[]): Record<FunctionRole, Set<string>> {
  const out = Object.fromEntries(FUNCTION_ROLES.map((role): [FunctionRole, Set<string>] => [role, new WordSet()])) as Record<FunctionRole, Set<string>>;
  for (const r of rows) out[str(r, 'role') as FunctionRole].add(str(r, 'word'));
  return out;
}

function trieOf(words: ReadonlyMap<string, string>): Map<string, PosNode> {
  const root = new Map<string, PosNode>();
  for (const [word, tags] of words) {
    const syllables = word.split(' ');
    let node = root.get(syllables[0]!) ?? root.set(syllables[0]!, { tags: undefined, next: undefined }).get(syllables[0]!)!;
    for (const syllable of syllables.slice(1)) {
      const level = (node.next ??= new Map());
      node = level.get(syllable) ?? level.set(syllable, { tags: undefined, next: undefined }).get(syllable)!;
    }
    node.tags = tags;
  }
  return root;
}

/** A row of `units/ambiguous-units.tsv` as the unit stage tests it: `!` entries, if any, are what must not follow. */
function unitContext(next: readonly string[]): UnitContext {
  const banned = next.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const followers = banned.length ? banned : next.filter((p) => p !== '$large');
  const phrases = followers.filter((p) => p !== '$end' && p !== '$upper').map((p) => p.split(' ').map((w) => w.toLowerCase()));
  return {
    large: next.includes('$large'), banned: banned.length > 0, end: followers.includes('$end'), upper: followers.includes('$upper'),
    words: new Set(phrases.filter((words) => words.length === 1).map((words) => words[0]!)), phrases: phrases.filter((words) => words.length > 1),
  };
}

/** Reads and checks every dictionary table; throws {@link SolieuError} `INVALID_DICTIONARY` on the first problem. */
export function loadLexicon(dir: string = DEFAULT_DICTIONARY_DIR): Lexicon {
  const t = (name: TableName) => readTable(dir, name);

  const numerals = new WordMap<NumeralWord>(
    t('numerals').map((r) => [str(r, 'word'), { value: r.value as number, role: str(r, 'role') as NumeralRole }]),
  );
  const ambiguous = new Map(t('ambiguousUnits').map((r) => [str(r, 'surface'), unitContext(r.next as string[])]));
  const measureRows = t('measures');
  const currencyRows = t('currencies');
  for (const surface of ambiguous.keys()) {
    if (!measureRows.some((r) => str(r, 'surface') === surface) && !currencyRows.some((r) => str(r, 'surface') === surface)) {
      throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${SCHEMAS.ambiguousUnits.file}: \`${surface}\` is not in ${SCHEMAS.measures.file} nor ${SCHEMAS.currencies.file}`);
    }
  }

  const normalForms = new Map(t('normalForms').map((r) => [str(r, 'unit'), str(r, 'norm')]));
  for (const unit of normalForms.keys()) {
    if (!measureRows.some((r) => str(r, 'unit') === unit)) fail(SCHEMAS.normalForms.file, `\`${unit}\` is no unit of ${SCHEMAS.measures.file}`);
  }
  const dimensionNouns = new Map(t('dimensionNouns').map((r) => [str(r, 'dimension'), str(r, 'noun')]));
  for (const dimension of dimensionNouns.keys()) {
    if (!measureRows.some((r) => str(r, 'dimension') === dimension)) fail(SCHEMAS.dimensionNouns.file, `\`${dimension}\` is no dimension of ${SCHEMAS.measures.file}`);
  }

  const pos = new Map(t('pos').map((r) => [str(r, 'word'), str(r, 'tags')]));
  // Compound nouns the imported lexicon lacks: a noun, whatever else they can be.
  for (const word of wordSet(t('compoundNouns'))) pos.set(word, pos.get(word)?.includes('N') ? pos.get(word)! : `N${pos.get(word) ?? ''}`);
  const functionWords = byRole(t('functionWords'));
  const multipleUnit = [...functionWords['multiple-unit']][0] ?? fail('grammar/function-words.tsv', 'a multiple-unit row is needed');
  const multipliers = new PhraseIndex<number>(t('multipliers').map((r) => [str(r, 'phrase'), r.value as number]));
  const ordinals = new PhraseIndex<number>(t('ordinals').map((r) => [str(r, 'phrase'), r.value as number]));
  return {
    numerals,
    numberStarts: new WordSet([...numerals.keys(), ...multipliers.firstWords(), ...ordinals.firstWords()]),
    suffixes: new Map(t('suffixes').map((r) => [str(r, 'suffix'), { multiplier: r.multiplier as number, decimalOnly: r.after === 'decimal' }])),
    multipliers,
    ordinals,
    scaleBlockers: wordSet(t('scaleBlockers')),
    indefinite: wordSet(t('indefinite')),
    articlePhrases: {
      after: phrases(t('articlePhrases').filter((r) => r.before === 'no'), 'word'),
      before: phrases(t('articlePhrases').filter((r) => r.before === 'yes'), 'word'),
    },
    currencies: new PhraseIndex<Currency>(
      currencyRows.map((r) => [
        str(r, 'surface'),
        { unit: str(r, 'unit'), code: (r.code as string | null) ?? '', position: str(r, 'position') as Currency['position'], next: ambiguous.get(str(r, 'surface')) ?? null },
        r.case === 'exact',
      ]),
    ),
    defaultCurrency: { unit: str(currencyRows.find((r) => r.code === 'VND') ?? fail('units/currencies.tsv', 'a VND row is needed'), 'unit'), code: 'VND' },
    measures: new PhraseIndex<MeasureUnit>(
      measureRows.map((r) => [
        str(r, 'surface'),
        { unit: str(r, 'unit'), dimension: str(r, 'dimension'), next: ambiguous.get(str(r, 'surface')) ?? null },
        r.case === 'exact',
      ]),
    ),
    compoundUnits: new Map(t('compoundUnits').map((r) => [`${str(r, 'larger')} ${str(r, 'smaller')}`, r.parts as number])),
    dateMarkers: new PhraseIndex<DateRole>(t('dateMarkers').map((r) => [str(r, 'phrase'), str(r, 'role') as DateRole])),
    dateFollowers: phrases(t('dateFollowers')),
    referenceMarkers: phrases(t('referenceMarkers')),
    labelNouns: phrases(t('labelNouns')),
    labelExceptions: phrases(t('labelExceptions')),
    ordinalLabels: phrases(t('ordinalLabels')),
    windowAfter: phrases(t('windowAfter')),
    windowBefore: phrases(t('windowBefore')),
    periodWords: phrases(t('periodWords')),
    rankMarkers: new PhraseIndex(t('rankMarkers').map((r) => [str(r, 'phrase'), str(r, 'role') as 'verb' | 'noun' | 'top'])),
    rankFollowers: phrases(t('rankFollowers')),
    moneyWords: phrases(t('moneyWords')),
    phoneMarkers: phrases(t('phoneMarkers')),
    statement: {
      statusCues: new Map(t('statusCues').map((r) => [str(r, 'phrase').toLowerCase(), { status: str(r, 'status') as 'actual' | 'target' | 'forecast' | 'rule', reach: (r.reach as 'clause' | 'lead' | 'condition' | null) ?? 'sentence' }])),
      reportingVerbs: t('reportingVerbs').map((r) => str(r, 'phrase').toLowerCase()),
      notAfterReportingVerb: t('notAfterReportingVerb').map((r) => str(r, 'phrase').toLowerCase()),
      planVerbs: t('planVerbs').map((r) => str(r, 'phrase').toLowerCase()),
      elaborationOpeners: t('elaborationOpeners').map((r) => str(r, 'phrase').toLowerCase()),
      sourceNotOpeners: new Set(t('sourceNotOpeners').map((r) => str(r, 'phrase').toLowerCase())),
      sourceAdverbs: new Set(t('sourceAdverbs').map((r) => str(r, 'phrase').toLowerCase())),
      sourceExclusions: new Set(t('sourceExclusions').map((r) => str(r, 'phrase').toLowerCase())),
      timeWords: t('timeWords').map((r) => str(r, 'phrase').toLowerCase()),
      periods: periodsByRole(t('periods')),
      baselineWords: t('baselineWords').map((r) => str(r, 'phrase').toLowerCase()),
      personWords: t('personWords').map((r) => str(r, 'phrase')),
      habitualWords: t('habitualWords').map((r) => str(r, 'phrase').toLowerCase()),
      words: Object.fromEntries(STATEMENT_ROLES.map((role) => [role, t('statementWords').filter((r) => r.role === role).map((r) => str(r, 'word').toLowerCase())])) as Record<StatementRole, string[]>,
    },
    unitBoundaries: new PhraseIndex<BoundaryClass>(t('unitBoundaries').map((r) => [str(r, 'word'), str(r, 'class') as BoundaryClass])),
    verbsWithObject: phrases(t('verbsWithObject'), 'word'),
    eventClassifiers: phrases(t('eventClassifiers'), 'word'),
    countingNouns: phrases(t('countingNouns'), 'word'),
    measureNouns: phrases(t('measureNouns'), 'word'),
    dimensionNouns,
    normalForms,
    measureSpellings: new Map(measureRows.map((r) => [r.case === 'exact' ? str(r, 'surface') : str(r, 'surface').toLowerCase(), str(r, 'unit')])),
    titles: new PhraseIndex<true>(t('titles').map((r) => [str(r, 'word'), true, true])),
    functionWords,
    multipleUnit,
    notCounted: wordSet(t('notCounted')),
    pos,
    posTrie: trieOf(pos),
    boilerplate: t('boilerplate').map((r) => ({ phrase: str(r, 'phrase'), match: str(r, 'match') as 'prefix' | 'exact' | 'contains' })),
    paginationWords: wordSet(t('paginationWords')),
    abbreviations: new Set(t('abbreviations').map((r) => str(r, 'word'))),
    ...loadRules(dir),
  };
}

let cached: Lexicon | undefined;

/** The lexicon of the bundled dictionaries, loaded and checked once per process. */
export function getLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
