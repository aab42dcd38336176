import distance from 'natural/lib/natural/distance/index.js';
import type { ClaimRecord } from '../types.js';
import { vietnameseUnits } from './bilingual.js';

/** Lower case, NFC, one space: the form two spellings of a unit or subject are compared in. */
const normalize = (s: string | null) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A unit or subject as compared: its normal form, worked out once (null when missing). */
interface Phrase {
  text: string;
}

const phraseOf = (s: string | null): Phrase | null => {
  const text = normalize(s);
  return text ? { text } : null;
};

/**
 * How alike two phrases are, from 0 to 1: natural's Dice coefficient over character
 * bigrams, which forgives a changed word ending or an added word ("doanh nghiệp" and
 * "doanh nghiệp nhỏ") better than comparing words whole. Null when either is missing.
 */
function phraseSimilarity(x: Phrase | null, y: Phrase | null): number | null {
  if (!x || !y) return null;
  if (x.text === y.text) return 1;
  return distance.DiceCoefficient(x.text, y.text);
}

const wordsOf = (text: string) => new Set(text.toLowerCase().normalize('NFC').match(/\p{L}+/gu) ?? []);

/** Share of words two sets have in common (Jaccard), from 0 to 1. */
function overlap(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Words this close to the claim say what it counts; the rest of the sentence, what it is about. */
const NEAR_CHARS = 60;

/** The words just before and after the claim in its sentence. */
function nearWords(r: ClaimRecord): Set<string> {
  const at = Math.max(0, r.sentence.indexOf(r.text));
  return wordsOf(r.sentence.slice(Math.max(0, at - NEAR_CHARS), at + r.text.length + NEAR_CHARS));
}

/**
 * What the similarity reads of a claim, worked out once per claim: comparing two documents
 * scores many pairs, and normalising, splitting and collecting words for each pair was most of
 * the time `compare` took.
 */
export interface ClaimFeatures {
  record: ClaimRecord;
  /** Unit and subject in their compared form; null when missing. */
  unit: Phrase | null;
  subject: Phrase | null;
  /** The words near the claim, and the words of its whole sentence. */
  near: Set<string>;
  sentence: Set<string>;
}

/** A claim's features, for `featureSimilarity`. */
export function featuresOf(record: ClaimRecord): ClaimFeatures {
  return { record, unit: phraseOf(record.unit), subject: phraseOf(record.subject), near: nearWords(record), sentence: wordsOf(record.sentence) };
}

/**
 * How alike two claims' contexts are: the words around each claim, and, less, their whole
 * sentences (two claims of one sentence share it, and only their neighbourhoods tell them apart).
 */
const contextSimilarity = (a: ClaimFeatures, b: ClaimFeatures): number => 0.6 * overlap(a.near, b.near) + 0.4 * overlap(a.sentence, b.sentence);

/** Percentages (or unitless figures) in two languages: alike only as far as their kind; the figure must decide. */
const CROSS_LANGUAGE_SAME_UNIT = 0.4;

/**
 * Two claims in different languages: their sentences share no words, so only the unit speaks
 * — the English one through its Vietnamese renderings ("visits" → "lượt truy cập").
 */
function crossLanguageSimilarity(a: ClaimRecord, b: ClaimRecord): number {
  const [english, vietnamese] = a.lang === 'en' ? [a, b] : [b, a];
  if (english.kind === 'percent' || english.unit === null || vietnamese.unit === null) return english.unit === vietnamese.unit ? CROSS_LANGUAGE_SAME_UNIT : 0;
  if (english.unit === vietnamese.unit) return 1;
  const theirs = phraseOf(vietnamese.unit.split('/')[0]!);
  const rendered = vietnameseUnits(english.unit.split('/')[0]!);
  return rendered.reduce((best, unit) => Math.max(best, phraseSimilarity(phraseOf(unit), theirs) ?? 0), 0);
}

/**
 * How likely two claims of the same kind are about the same thing, from 0 to 1 (features as
 * `featuresOf` gives them): their units, their subjects and the words of their sentences,
 * weighed by what says most for the kind — for a percentage the unit is always "%", so its
 * subject and sentence decide.
 */
export function featureSimilarity(a: ClaimFeatures, b: ClaimFeatures): number {
  if ((a.record.lang ?? 'vi') !== (b.record.lang ?? 'vi')) return crossLanguageSimilarity(a.record, b.record);
  const unit = phraseSimilarity(a.unit, b.unit);
  const subject = phraseSimilarity(a.subject, b.subject);
  const context = contextSimilarity(a, b);
  const weights = a.record.kind === 'percent' || a.record.kind === 'rank' ? { unit: 0.1, subject: 0.4, context: 0.5 } : { unit: 0.5, subject: 0.2, context: 0.3 };
  let score = 0;
  let total = 0;
  const add = (value: number | null, weight: number) => {
    if (value === null) return;
    score += value * weight;
    total += weight;
  };
  add(unit, weights.unit);
  add(subject, weights.subject);
  add(context, weights.context);
  return total ? score / total : 0;
}

/** How likely two claims of the same kind are about the same thing, from 0 to 1 (see `featureSimilarity`). */
export const claimSimilarity = (a: ClaimRecord, b: ClaimRecord): number => featureSimilarity(featuresOf(a), featuresOf(b));
