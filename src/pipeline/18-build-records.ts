import type { Lexicon } from '../lexicon/lexicon.js';
import type { ClaimRecord } from '../types.js';
import { normalUnit } from './normal-unit.js';
import type { Draft } from './draft.js';
import { statementOf, type LeadIn, type SentenceReading } from './17-read-statement.js';
import type { Sentence } from './scope.js';

export interface PlacedDraft {
  draft: Draft;
  sentence: Sentence;
  /** The language the sentence was read in. */
  lang: 'vi' | 'en';
  /** What the (Vietnamese) sentence says of its figures, read once (stage 16), from offset `base`; null for English. */
  reading: { base: number; of: SentenceReading; leadIn: LeadIn | null; writtenIn: number | null } | null;
}

// Scale words multiply in binary floating point: 11,07 × 1e6 is 11070000.000000002.
const tidy = (n: number | null): number | null => (n === null || Number.isInteger(n) ? n : Number(n.toPrecision(12)));

/**
 * The longest `sentence` a record carries. A longer one (a table row, a list run into one line)
 * is given as the stretch of {@link SENTENCE_WINDOW} characters around the claim, cut at white
 * space and marked with `…` where it was cut, so that output grows with the claims, not with
 * claims × sentence length. Offsets are the claim's own and stay exact.
 */
export const MAX_RECORD_SENTENCE = 1000;
export const SENTENCE_WINDOW = 400;

/** The sentence, or past the bound the window of it around `start..end` (document offsets). */
export function sentenceAround(sentence: Sentence, start: number, end: number): string {
  const { text } = sentence;
  if (text.length <= MAX_RECORD_SENTENCE) return text;
  const from = start - sentence.start;
  const to = end - sentence.start;
  const room = Math.max(0, SENTENCE_WINDOW - (to - from));
  let a = Math.max(0, from - (room >> 1));
  let b = Math.min(text.length, a + (to - from) + room);
  a = Math.max(0, Math.min(a, b - (to - from) - room));
  // Whole words at the cut ends: move inwards to the next white space, never into the claim.
  if (a > 0) {
    const space = text.indexOf(' ', a);
    if (space !== -1 && space < from) a = space + 1;
  }
  if (b < text.length) {
    const space = text.lastIndexOf(' ', b);
    if (space >= to) b = space;
  }
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}

/** Stage: the records, in text order, numbered `c1`, `c2`, … within the document (after the `before` records of earlier sentences). */
export function buildRecords(placed: readonly PlacedDraft[], text: string, file: string, lexicon: Lexicon, docId?: string | number, explain = false, before = 0): ClaimRecord[] {
  return placed.map(({ draft: d, sentence, lang, reading }, i) => {
    const { status, time, source } = reading ? statementOf(reading.of, reading.base, d.start, d.end, reading.leadIn, reading.writtenIn, d.status) : NO_STATEMENT;
    return withExtras(docId, explain ? [...d.rules] : undefined, {
    id: `c${before + i + 1}`,
    file,
    line: sentence.line,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    kind: d.kind!,
    value: tidy(d.value)!,
    value_max: tidy(d.valueMax),
    denominator: tidy(d.denominator),
    unit: d.unit,
    unit_norm: normalUnit(d.kind!, d.unit, d.currency, lexicon),
    currency: d.kind === 'money' ? d.currency : null,
    subject: d.subject,
    qualifier: d.qualifier,
    change: d.change,
    sentence: sentenceAround(sentence, d.start, d.end),
    status,
    time,
    source,
    lang,
  });
  });
}

/** English sentences: their status, time and source are not read yet. */
const NO_STATEMENT = { status: 'actual', time: null, source: null } as const;

/** Sets `doc_id` and `rules` after the fact: a conditional spread in the literal would slow every record down. */
function withExtras(docId: string | number | undefined, rules: string[] | undefined, record: ClaimRecord): ClaimRecord {
  if (docId !== undefined) record.doc_id = docId;
  if (rules !== undefined) record.rules = rules;
  return record;
}
