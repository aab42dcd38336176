import { scanTokens } from '../text/scan-tokens.js';
import type { Token } from '../text/token.js';
import { METRIC_KINDS, type ClaimRecord, type Kind } from '../types.js';
import type { CheckDictionaries } from './dictionaries.js';

/** One sentence of the document and its claims, in text order. */
export interface SentenceClaims {
  start: number;
  end: number;
  line: number;
  records: ClaimRecord[];
  /** The sentence's tokens, offsets into the document text. */
  tokens: Token[];
}

/** What every check reads: the claims, grouped by sentence, and the word lists. */
export interface CheckDocument {
  text: string;
  /** The claims of the six kinds, in text order; dates and references say nothing to check. */
  records: readonly ClaimRecord[];
  sentences: readonly SentenceClaims[];
  sentenceOf: ReadonlyMap<ClaimRecord, SentenceClaims>;
  /** Where each record stands among its sentence's records: its neighbours are found without a search. */
  positionOf: ReadonlyMap<ClaimRecord, number>;
  dictionaries: CheckDictionaries;
}

const METRIC: ReadonlySet<Kind> = new Set(METRIC_KINDS);
const CUT = '…';

/**
 * Where `sentence` stands in the text around the record — its last place holding the record, or
 * (`first`) its first — looked for only where it could hold the record: a search of the whole
 * text before each record made a long document quadratic.
 */
function findAround(text: string, sentence: string, record: ClaimRecord, first: boolean): number {
  const from = Math.max(0, record.end - sentence.length);
  const around = text.slice(from, record.start + sentence.length);
  const at = first ? around.indexOf(sentence) : around.lastIndexOf(sentence);
  return at === -1 ? -1 : from + at;
}

/**
 * Where a record's sentence stands in the text. A long sentence comes as a window around the
 * claim, marked `…` where it was cut: the window is found without its marks, at its first place
 * holding the claim (in a text that repeats itself, the one that joins the previous window best).
 * When the sentence is not in the text at all, its line.
 */
function locateSentence(text: string, record: ClaimRecord): { start: number; end: number } {
  const sentence = typeof record.sentence === 'string' ? record.sentence : '';
  const window = sentence.replace(/^…/, '').replace(/…$/, '');
  for (const [inner, first] of [[sentence, false], [window, true]] as const) {
    const start = inner && inner !== CUT ? findAround(text, inner, record, first) : -1;
    if (start !== -1) return { start, end: start + inner.length };
  }
  const lineStart = text.lastIndexOf('\n', record.start - 1) + 1;
  const lineEnd = text.indexOf('\n', record.end);
  return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd };
}

/**
 * Groups the records by sentence (records of one sentence are neighbours in text order). The
 * windows of one long sentence overlap one another: they are joined into one stretch.
 */
function groupSentences(text: string, records: readonly ClaimRecord[]): SentenceClaims[] {
  const sentences: Omit<SentenceClaims, 'tokens'>[] = [];
  for (const record of records) {
    const last = sentences[sentences.length - 1];
    if (last && last.line === record.line && record.start >= last.start && record.end <= last.end) {
      last.records.push(record);
      continue;
    }
    const { start, end } = locateSentence(text, record);
    if (last && last.line === record.line && start < last.end && start >= last.start) {
      last.end = Math.max(last.end, end);
      last.records.push(record);
      continue;
    }
    sentences.push({ start, end, line: record.line, records: [record] });
  }
  return sentences.map((s) => ({ ...s, tokens: scanTokens(text.slice(s.start, s.end), s.start) }));
}

/** The document as the checks read it. `text` is the normalized text the records' offsets refer to. */
export function readCheckDocument(records: readonly ClaimRecord[], text: string, dictionaries: CheckDictionaries): CheckDocument {
  const metric = records.filter((r) => METRIC.has(r.kind)).sort((a, b) => a.start - b.start);
  const sentences = groupSentences(text, metric);
  const sentenceOf = new Map<ClaimRecord, SentenceClaims>();
  const positionOf = new Map<ClaimRecord, number>();
  for (const sentence of sentences) {
    sentence.records.forEach((record, k) => {
      sentenceOf.set(record, sentence);
      positionOf.set(record, k);
    });
  }
  return { text, records: metric, sentences, sentenceOf, positionOf, dictionaries };
}
