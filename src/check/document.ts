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
  dictionaries: CheckDictionaries;
}

const METRIC: ReadonlySet<Kind> = new Set(METRIC_KINDS);

/** Where a record's sentence stands in the text; its line when the sentence is not found there. */
function locateSentence(text: string, record: ClaimRecord): { start: number; end: number } {
  const start = record.sentence ? text.lastIndexOf(record.sentence, record.start) : -1;
  if (start !== -1 && start + record.sentence.length >= record.end) return { start, end: start + record.sentence.length };
  const lineStart = text.lastIndexOf('\n', record.start - 1) + 1;
  const lineEnd = text.indexOf('\n', record.end);
  return { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd };
}

/** Groups the records by sentence (records of one sentence are neighbours in text order). */
function groupSentences(text: string, records: readonly ClaimRecord[]): SentenceClaims[] {
  const sentences: SentenceClaims[] = [];
  for (const record of records) {
    const last = sentences[sentences.length - 1];
    if (last && last.line === record.line && record.start >= last.start && record.end <= last.end) {
      last.records.push(record);
      continue;
    }
    const { start, end } = locateSentence(text, record);
    sentences.push({ start, end, line: record.line, records: [record], tokens: scanTokens(text.slice(start, end), start) });
  }
  return sentences;
}

/** The document as the checks read it. `text` is the normalized text the records' offsets refer to. */
export function readCheckDocument(records: readonly ClaimRecord[], text: string, dictionaries: CheckDictionaries): CheckDocument {
  const metric = records.filter((r) => METRIC.has(r.kind)).sort((a, b) => a.start - b.start);
  const sentences = groupSentences(text, metric);
  const sentenceOf = new Map<ClaimRecord, SentenceClaims>();
  for (const sentence of sentences) for (const record of sentence.records) sentenceOf.set(record, sentence);
  return { text, records: metric, sentences, sentenceOf, dictionaries };
}
