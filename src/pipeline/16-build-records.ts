import type { ClaimRecord } from '../types.js';
import type { Draft } from './draft.js';
import type { Sentence } from './scope.js';

export interface PlacedDraft {
  draft: Draft;
  sentence: Sentence;
  /** The language the sentence was read in. */
  lang: 'vi' | 'en';
}

// Scale words multiply in binary floating point: 11,07 × 1e6 is 11070000.000000002.
const tidy = (n: number | null): number | null => (n === null || Number.isInteger(n) ? n : Number(n.toPrecision(12)));

/** Stage: the records, in text order, numbered `c1`, `c2`, … within the document. */
export function buildRecords(placed: readonly PlacedDraft[], text: string, file: string, docId?: string | number, explain = false): ClaimRecord[] {
  return placed.map(({ draft: d, sentence, lang }, i) => withExtras(docId, explain ? [...d.rules] : undefined, {
    id: `c${i + 1}`,
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
    currency: d.kind === 'money' ? d.currency : null,
    subject: d.subject,
    qualifier: d.qualifier,
    change: d.change,
    sentence: sentence.text,
    lang,
  }));
}

/** Sets `doc_id` and `rules` after the fact: a conditional spread in the literal would slow every record down. */
function withExtras(docId: string | number | undefined, rules: string[] | undefined, record: ClaimRecord): ClaimRecord {
  if (docId !== undefined) record.doc_id = docId;
  if (rules !== undefined) record.rules = rules;
  return record;
}
