import { FUNCTION_ROLES, STATEMENT_ROLES } from './lexicon.js';
import type { Column, TableSchema } from './parse-tsv.js';

const text = (name: string, optional = false): Column => ({ name, type: 'text', optional });
const num = (name: string): Column => ({ name, type: 'number' });
const oneOf = (name: string, values: readonly string[]): Column => ({ name, type: 'enum', values });
const list = (name: string): Column => ({ name, type: 'list' });
const words = (file: string, column = 'phrase'): TableSchema => ({ file, columns: [text(column)], key: [column] });

/** Every dictionary table solieu reads, with the shape the loader checks. */
export const SCHEMAS = {
  numerals: {
    file: 'numerals/words.tsv',
    columns: [
      text('word'),
      num('value'),
      oneOf('role', ['digit', 'compound-digit', 'ten', 'tens', 'hundred', 'filler', 'scale', 'half', 'half-prefix', 'dozen', 'zero', 'point', 'minus']),
    ],
    key: ['word'],
  },
  suffixes: { file: 'numerals/suffixes.tsv', columns: [text('suffix'), num('multiplier'), oneOf('after', ['any', 'decimal'])], key: ['suffix'] },
  multipliers: { file: 'numerals/multipliers.tsv', columns: [text('phrase'), num('value')], key: ['phrase'] },
  ordinals: { file: 'numerals/ordinals.tsv', columns: [text('phrase'), num('value')], key: ['phrase'] },
  scaleBlockers: words('numerals/scale-blockers.tsv', 'word'),
  indefinite: words('numerals/indefinite.tsv', 'word'),
  articlePhrases: { file: 'numerals/article-phrases.tsv', columns: [text('word'), oneOf('before', ['yes', 'no'])], key: ['word'] },
  currencies: {
    file: 'units/currencies.tsv',
    columns: [text('surface'), text('unit'), text('code', true), oneOf('position', ['after', 'before', 'both']), oneOf('case', ['any', 'exact'])],
    key: ['surface'],
  },
  measures: {
    file: 'units/measures.tsv',
    columns: [text('surface'), text('unit'), text('dimension'), oneOf('case', ['any', 'exact'])],
    key: ['surface'],
  },
  compoundUnits: { file: 'units/compound-units.tsv', columns: [text('larger'), text('smaller'), num('parts')], key: ['larger', 'smaller'] },
  ambiguousUnits: { file: 'units/ambiguous-units.tsv', columns: [text('surface'), list('next')], key: ['surface'] },
  normalForms: { file: 'units/normal-forms.tsv', columns: [text('unit'), text('norm')], key: ['unit'] },
  dateMarkers: {
    file: 'context/date-markers.tsv',
    columns: [text('phrase'), oneOf('role', ['day', 'month', 'year', 'quarter', 'clock', 'period'])],
    key: ['phrase'],
  },
  dateFollowers: words('context/date-followers.tsv'),
  referenceMarkers: words('context/reference-markers.tsv'),
  labelNouns: words('context/label-nouns.tsv'),
  labelExceptions: words('context/label-exceptions.tsv'),
  ordinalLabels: words('context/ordinal-labels.tsv'),
  windowAfter: words('context/window-after.tsv'),
  windowBefore: words('context/window-before.tsv'),
  periodWords: words('context/period-words.tsv'),
  rankMarkers: { file: 'context/rank-markers.tsv', columns: [text('phrase'), oneOf('role', ['verb', 'noun', 'top'])], key: ['phrase'] },
  rankFollowers: words('context/rank-followers.tsv'),
  moneyWords: words('context/money-words.tsv'),
  phoneMarkers: words('context/phone-markers.tsv'),
  statusCues: { file: 'statement/status-cues.tsv', columns: [text('phrase'), oneOf('status', ['actual', 'target', 'forecast', 'rule']), { name: 'reach', type: 'enum', values: ['sentence', 'clause', 'lead', 'condition'], optional: true }], key: ['phrase'] },
  reportingVerbs: words('statement/reporting-verbs.tsv'),
  notAfterReportingVerb: words('statement/not-after-reporting-verb.tsv'),
  planVerbs: words('statement/plan-verbs.tsv'),
  elaborationOpeners: words('statement/elaboration-openers.tsv'),
  sourceNotOpeners: words('statement/source-not-openers.tsv'),
  sourceAdverbs: words('statement/source-adverbs.tsv'),
  sourceExclusions: words('statement/source-exclusions.tsv'),
  timeWords: words('statement/time-words.tsv'),
  periods: {
    file: 'statement/periods.tsv',
    columns: [text('phrase'), oneOf('role', ['counted', 'named', 'part', 'after', 'lead', 'until', 'now', 'bare-lead', 'bare', 'bare-after', 'occasion'])],
    key: ['phrase', 'role'],
  },
  baselineWords: words('statement/baseline-words.tsv'),
  personWords: words('statement/person-words.tsv'),
  habitualWords: words('statement/habitual-words.tsv'),
  statementWords: { file: 'statement/statement-words.tsv', columns: [text('word'), oneOf('role', STATEMENT_ROLES)], key: ['word', 'role'] },
  unitBoundaries: {
    file: 'grammar/unit-boundaries.tsv',
    columns: [text('word'), oneOf('class', ['prep', 'aux', 'conj', 'det', 'verb', 'preverb', 'nominalizer'])],
    key: ['word'],
  },
  verbsWithObject: words('grammar/verbs-with-object.tsv', 'word'),
  eventClassifiers: words('grammar/event-classifiers.tsv', 'word'),
  countingNouns: words('grammar/counting-nouns.tsv', 'word'),
  measureNouns: words('grammar/measure-nouns.tsv', 'word'),
  dimensionNouns: { file: 'grammar/dimension-nouns.tsv', columns: [text('dimension'), text('noun')], key: ['dimension'] },
  titles: words('grammar/titles.tsv', 'word'),
  functionWords: {
    file: 'grammar/function-words.tsv',
    columns: [text('word'), oneOf('role', FUNCTION_ROLES)],
    key: ['word', 'role'],
  },
  notCounted: words('grammar/not-counted.tsv', 'word'),
  pos: { file: 'grammar/pos.tsv', columns: [text('word'), text('tags')], key: ['word'] },
  compoundNouns: words('grammar/compound-nouns.tsv', 'word'),
  boilerplate: {
    file: 'lines/boilerplate.tsv',
    columns: [text('phrase'), oneOf('match', ['prefix', 'exact', 'contains'])],
    key: ['phrase', 'match'],
  },
  paginationWords: words('lines/pagination-words.tsv', 'word'),
  abbreviations: words('lines/abbreviations.tsv', 'word'),
} satisfies Record<string, TableSchema>;

export type TableName = keyof typeof SCHEMAS;
