import type { ClaimRecord } from '../types.js';
import { OPTIONAL_FIELDS, RECORD_FIELDS, SOURCE_FIELDS } from '../writers/fields.js';
import { formatFigure } from './amounts.js';
import type { Span } from './highlight.js';
import { countKinds } from './kinds.js';
import { placeSentence, type SentencePlace } from './sentences.js';
import type { ReportStrings } from './strings/index.js';
import { documentTitle, type Nameable } from './titles.js';

const COLLATOR = new Intl.Collator('vi');

/** A record as embedded: without its sentence when `sentenceAt` says where the sentence stands. */
export type EmbeddedRecord = Omit<ClaimRecord, 'sentence'> & { sentence?: string };

/** One claim as the page's script sees it: the record untouched, plus what only Node knows. */
export interface ReportClaim {
  /** Index of the claim's document in the report. */
  doc: number;
  /** The value as `formatFigure` writes it for the interface's readers ("11.070.000", "10–15", "15/63"; in Vietnamese "2,5 tỷ"). */
  valueText: string;
  /** Whether the claim is highlighted in the text (false: its offsets did not fit the text). */
  placed: boolean;
  /** Where the sentence stands in the document's text; the script puts it back into `record`. */
  sentenceAt?: SentencePlace;
  record: EmbeddedRecord;
}

/** The JSON the page embeds and its script builds the table, pop-ups and CSV from. */
export interface ReportData {
  /**
   * Each document's name as given (a path: shown on hover), the title shown (`documentTitle`),
   * and its text when the claims' sentences are places in it (`sentenceAt`).
   */
  documents: { name: string; title: string; text?: string }[];
  claims: ReportClaim[];
  /** Kinds present, in SPEC order, with their counts: the kind filter's checkboxes. */
  kinds: [string, number][];
  /** The most frequent normalised units (null: none), with their counts: the unit filter's choices and the chart's bars. */
  units: [string | null, number][];
  /** How many claims have a unit past those of `units`: the filter's "other units". */
  otherUnits: number;
  /** Columns of the downloaded CSV: those `solieu extract --format csv` writes for these records. */
  csvFields: string[];
  /** The page's words, for what its script writes. */
  ui: ReportStrings;
}

/**
 * How many units the filter offers by name. A count's unit is its noun as written (`hộ`,
 * `thí sinh`, `dự án thành phần`), so the 37 bundled articles give some 200 units; a dozen cover most
 * claims, and the search box finds any other.
 */
export const UNIT_CHOICES = 12;

/**
 * How many characters of sentences a page embeds in its records, as they are: a few times its
 * texts (an article's sentences hold several claims each). Past that — a text dense with
 * figures, where the sentences add up to claims × sentence length — each text is embedded once
 * and each sentence as its place in it, so the page stays linear in its texts.
 */
const inlineSentenceBudget = (textChars: number) => 2_000_000 + 4 * textChars;

/** The claim as embedded: with its sentence, or (`text` given) with the sentence's place in the text when it is found there. */
function embedClaim(text: string | null, record: ClaimRecord, doc: number, placed: boolean, ui: ReportStrings): ReportClaim {
  const claim = { doc, valueText: formatFigure(record, ui), placed };
  const sentenceAt = text === null ? null : placeSentence(text, record);
  if (!sentenceAt) return { ...claim, record };
  const { sentence: _, ...rest } = record;
  return { ...claim, sentenceAt, record: rest };
}

/** The report's data, claims numbered across documents in the order given. */
export function buildReportData(documents: readonly (Omit<Nameable, 'records'> & { text: string; records: readonly ClaimRecord[] })[], spans: readonly (readonly (Span | null)[])[], ui: ReportStrings): ReportData {
  const records = documents.flatMap((d) => d.records);
  const sentenceChars = records.reduce((sum, r) => sum + (typeof r.sentence === 'string' ? r.sentence.length : 0), 0);
  const asPlaces = sentenceChars > inlineSentenceBudget(documents.reduce((sum, d) => sum + d.text.length, 0));
  const claims = documents.flatMap((d, doc) => d.records.map((record, i) => embedClaim(asPlaces ? d.text : null, record, doc, spans[doc]?.[i] != null, ui)));
  const units = countUnits(records);
  return {
    documents: documents.map((d) => ({ name: d.name, title: documentTitle(d), ...(asPlaces && { text: d.text }) })),
    claims,
    kinds: countKinds(records.map((r) => String(r.kind))),
    units: units.slice(0, UNIT_CHOICES),
    otherUnits: units.slice(UNIT_CHOICES).reduce((sum, [, n]) => sum + n, 0),
    csvFields: csvFields(records),
    ui,
  };
}

/**
 * The unit a claim is grouped by: `unit_norm` (`m2`, `m²` and `mét vuông` are one `m²`), or the
 * written unit for a record made before there was one. The page's script groups alike (`filters.ts`).
 */
export const unitKey = (r: Pick<ClaimRecord, 'unit' | 'unit_norm'>): string | null =>
  (r.unit_norm !== undefined ? r.unit_norm : r.unit) ?? null;

/** Each normalised unit (null for claims without one) with how many claims have it, most first; ties in Vietnamese alphabetical order. */
export function countUnits(records: readonly ClaimRecord[]): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const r of records) counts.set(unitKey(r), (counts.get(unitKey(r)) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || COLLATOR.compare(x[0] ?? '', y[0] ?? ''));
}

// The same columns as the CLI's CSV, so a downloaded selection lines up with a full export:
// `doc_id` first when documents have ids, the source columns when any claim has one.
function csvFields(records: readonly ClaimRecord[]): string[] {
  const has = (field: keyof ClaimRecord) => records.some((r) => r[field] !== undefined);
  return [
    ...OPTIONAL_FIELDS.filter(has),
    ...RECORD_FIELDS,
    ...(SOURCE_FIELDS.some(has) ? SOURCE_FIELDS : []),
  ];
}
