import distance from 'natural/lib/natural/distance/index.js';
import type { ClaimRecord } from '../types.js';
import { vietnameseUnits } from './bilingual.js';

/** Lower case, NFC, one space: the form two spellings of a unit or subject are compared in. */
const normalize = (s: string | null) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * How alike two phrases are, from 0 to 1: natural's Dice coefficient over character
 * bigrams, which forgives a changed word ending or an added word ("doanh nghiệp" and
 * "doanh nghiệp nhỏ") better than comparing words whole. Null when either is missing.
 */
function phraseSimilarity(a: string | null, b: string | null): number | null {
  const [x, y] = [normalize(a), normalize(b)];
  if (!x || !y) return null;
  if (x === y) return 1;
  return distance.DiceCoefficient(x, y);
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
 * How alike two claims' contexts are: the words around each claim, and, less, their whole
 * sentences (two claims of one sentence share it, and only their neighbourhoods tell them apart).
 */
function contextSimilarity(a: ClaimRecord, b: ClaimRecord): number {
  return 0.6 * overlap(nearWords(a), nearWords(b)) + 0.4 * overlap(wordsOf(a.sentence), wordsOf(b.sentence));
}

/**
 * How likely two claims of the same kind are about the same thing, from 0 to 1: their units,
 * their subjects and the words of their sentences, weighed by what says most for the kind —
 * for a percentage the unit is always "%", so its subject and sentence decide.
 */
/**
 * Two claims in different languages: their sentences share no words, so only the unit speaks
 * — the English one through its Vietnamese renderings ("visits" → "lượt truy cập").
 */
function crossLanguageSimilarity(a: ClaimRecord, b: ClaimRecord): number {
  const [english, vietnamese] = a.lang === 'en' ? [a, b] : [b, a];
  if (english.kind === 'percent' || english.unit === null || vietnamese.unit === null) return english.unit === vietnamese.unit ? CROSS_LANGUAGE_SAME_UNIT : 0;
  if (english.unit === vietnamese.unit) return 1;
  const rendered = vietnameseUnits(english.unit.split('/')[0]!);
  return Math.max(0, ...rendered.map((unit) => phraseSimilarity(unit, vietnamese.unit!.split('/')[0]!) ?? 0));
}

/** Percentages (or unitless figures) in two languages: alike only as far as their kind; the figure must decide. */
const CROSS_LANGUAGE_SAME_UNIT = 0.4;

export function claimSimilarity(a: ClaimRecord, b: ClaimRecord): number {
  if ((a.lang ?? 'vi') !== (b.lang ?? 'vi')) return crossLanguageSimilarity(a, b);
  const unit = phraseSimilarity(a.unit, b.unit);
  const subject = phraseSimilarity(a.subject, b.subject);
  const context = contextSimilarity(a, b);
  const weights = a.kind === 'percent' || a.kind === 'rank' ? { unit: 0.1, subject: 0.4, context: 0.5 } : { unit: 0.5, subject: 0.2, context: 0.3 };
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
