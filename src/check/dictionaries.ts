import { fileURLToPath } from 'node:url';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { readRows, refuseBoth, type NumberedRow } from './read-rows.js';
import {
  GENERIC_SCHEMA, PERCENT_ROLES, PERCENT_SCHEMA, RATIO_ROLES, RATIO_SCHEMA, SIGNED_SCHEMA, TOTAL_ROLES, TOTAL_SCHEMA,
  type GenericKind, type PercentRole, type RatioRole, type Side, type TotalRole,
} from './tables.js';

/** The word lists of the checks, each as phrases matched against tokens. */
export interface CheckDictionaries {
  percent: Readonly<Record<PercentRole, Readonly<Record<Side, PhraseIndex<true>>>>>;
  total: Readonly<Record<TotalRole, PhraseIndex<true>>>;
  ratio: Readonly<Record<RatioRole, PhraseIndex<true>>>;
  /** Amounts that can fall below zero (`dictionaries/check/signed-amounts.tsv`). */
  signed: PhraseIndex<true>;
  /** Units too generic to tell two figures apart by (`dictionaries/check/generic-units.tsv`), by kind. */
  genericUnits: Readonly<Record<GenericKind, ReadonlySet<string>>>;
  measureWords: ReadonlySet<string>;
  /** Scale words of a message's large amounts, largest first. */
  scales: readonly { value: number; word: string }[];
  /** Phrases with a signed word that name an expense or a rate (`chi trả nợ lãi`). */
  notSigned: PhraseIndex<true>;
}

/** `dictionaries/` beside `src/` (or beside `dist/` once built), as for the lexicon. */
const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));
const SCALES_SCHEMA = { file: 'check/message-scales.tsv', columns: [{ name: 'word', type: 'text' as const }, { name: 'value', type: 'number' as const }], key: ['word'] };
const MEASURE_SCHEMA = { file: 'grammar/measure-nouns.tsv', columns: [{ name: 'word', type: 'text' as const }], key: ['word'] };

/** A share word that also blocks shares would make the check depend on the order of the rows. */
const BLOCKING_ROLES: ReadonlySet<PercentRole> = new Set(['growth', 'comparison', 'rate']);
/** A word cannot both open a list of parts and end it. */
const OPENING_ROLES: ReadonlySet<TotalRole> = new Set(['breakdown', 'colon']);

const indexOf = (phrases: readonly string[]) => new PhraseIndex<true>(phrases.map((phrase) => [phrase, true]));

function byRole<R extends string>(rows: readonly NumberedRow[], roles: readonly R[]): Record<R, PhraseIndex<true>> {
  return Object.fromEntries(
    roles.map((role) => [role, indexOf(rows.filter(({ row }) => row.role === role).map(({ row }) => row.phrase as string))]),
  ) as Record<R, PhraseIndex<true>>;
}

function percentContext(rows: readonly NumberedRow[]): CheckDictionaries['percent'] {
  refuseBoth(PERCENT_SCHEMA.file, rows, 'share', BLOCKING_ROLES);
  const side = (role: PercentRole, where: Side) =>
    indexOf(rows.filter(({ row }) => row.role === role && (row.where === where || row.where === 'around')).map(({ row }) => row.phrase as string));
  return Object.fromEntries(PERCENT_ROLES.map((role) => [role, { before: side(role, 'before'), after: side(role, 'after') }])) as CheckDictionaries['percent'];
}

function totalMarkers(rows: readonly NumberedRow[]): CheckDictionaries['total'] {
  refuseBoth(TOTAL_SCHEMA.file, rows, 'list-end', OPENING_ROLES);
  return byRole(rows, TOTAL_ROLES);
}

function genericUnits(rows: readonly NumberedRow[]): CheckDictionaries['genericUnits'] {
  const units = (kind: GenericKind) => new Set(rows.filter(({ row }) => row.kind === kind).map(({ row }) => row.unit as string));
  return { count: units('count'), measure: units('measure') };
}

/**
 * Reads and checks the tables of `dictionaries/check/`: the header, NFC cells, known roles and no
 * duplicate (through `parseTsv`), lower-case phrases and units, no share word that is also a growth,
 * comparison or rate word, no word that both opens and ends a list of parts. Throws
 * {@link SolieuError} `INVALID_DICTIONARY` naming the file and line.
 */
export function loadCheckDictionaries(dir: string = DICTIONARY_DIR): CheckDictionaries {
  return {
    percent: percentContext(readRows(dir, PERCENT_SCHEMA)),
    total: totalMarkers(readRows(dir, TOTAL_SCHEMA)),
    ratio: byRole(readRows(dir, RATIO_SCHEMA), RATIO_ROLES),
    signed: indexOf(readRows(dir, SIGNED_SCHEMA).map(({ row }) => row.phrase as string)),
    scales: readRows(dir, SCALES_SCHEMA).map(({ row }) => ({ value: row.value as number, word: row.word as string })).sort((a, b) => b.value - a.value),
    notSigned: indexOf(readRows(dir, { ...SIGNED_SCHEMA, file: 'check/not-signed.tsv' }).map(({ row }) => row.phrase as string)),
    genericUnits: genericUnits(readRows(dir, GENERIC_SCHEMA)),
    // The syllables of the nouns of measure (`grammar/measure-nouns.tsv`): words of a subject that
    // say how much, not of what.
    measureWords: new Set(readRows(dir, MEASURE_SCHEMA).flatMap(({ row }) => (row.word as string).split(' '))),
  };
}

let cached: CheckDictionaries | undefined;

/** The bundled check tables, read and checked on first use: extracting alone never reads them. */
export function getCheckDictionaries(): CheckDictionaries {
  cached ??= loadCheckDictionaries();
  return cached;
}
