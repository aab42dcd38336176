import type { Draft } from './draft.js';
import { longestWord } from './noun-phrase.js';
import { readOrdinal } from './ordinal.js';
import { wordAt, type SentenceScope } from './scope.js';
import { matchWordBefore } from './word-before.js';

/** The currency a sentence speaks in, or `đồng` when it only speaks of money ("ứng vốn … 948 tỷ"). */
function sentenceCurrency(d: Draft, s: SentenceScope): string | null {
  let nearest: { unit: string; distance: number } | null = null;
  for (let i = 1; i < s.tokens.length; i++) {
    // Only a currency written after an amount: "yên" is also a word ("bình yên").
    const before = s.tokens[i - 1]!;
    if (before.type !== 'num' && s.lexicon.numerals.get(before.lower)?.role !== 'scale') continue;
    const m = s.lexicon.currencies.matchAt(s.tokens, i);
    if (!m || m.value.position === 'before') continue;
    const distance = Math.abs(i - d.first) + (i < d.first ? 0 : 0.5);
    if (!nearest || distance < nearest.distance) nearest = { unit: m.value.unit, distance };
  }
  if (nearest) return nearest.unit;
  // Billions of something are nearly always đồng in Vietnamese news ("đến 20 tỉ"); millions need a money word.
  if ((d.scale ?? 0) >= 1e9) return 'đồng';
  for (let i = 0; i < d.first; i++) if (s.lexicon.moneyWords.matchAt(s.tokens, i)) return 'đồng';
  return null;
}

/** "chân sút số một", "ưu tiên số 1": number one is a rank, unless "số" labels a place ("đường số 1"). */
function isNumberOne(d: Draft, s: SentenceScope): boolean {
  if (d.value !== 1 || wordAt(s, d.first - 1) !== 'số' || s.tokens[d.first - 2]?.type !== 'word') return false;
  if (d.written === 'words' && longestWord(s, d.first).end > d.first + 1) return false; // "số một cách": "một cách" is a word
  const lex = s.lexicon;
  return !matchWordBefore(s, lex.labelNouns, d.first - 1) && !matchWordBefore(s, lex.referenceMarkers, d.first - 1) &&
    !lex.labelExceptions.matchBefore(s.tokens, d.first) && !lex.dateMarkers.matchBefore(s.tokens, d.first - 1);
}

function kindOf(d: Draft, s: SentenceScope, earlierRank: boolean): Pick<Draft, 'kind' | 'unit' | 'unitType'> {
  const same = { unit: d.unit, unitType: d.unitType };
  if (d.unitType === 'percent') return { kind: 'percent', ...same };
  if (d.unitType === 'currency') return { kind: 'money', ...same };
  if (d.unitType === 'measure') return { kind: 'measure', ...same };
  const marker = matchWordBefore(s, s.lexicon.rankMarkers, d.first);
  if (readOrdinal(d, s, earlierRank) === 'rank' || (marker && marker.value !== 'verb') || isNumberOne(d, s)) return { kind: 'rank', ...same };
  if (d.shape === 'slash' || d.shape === 'ratio') return { kind: 'ratio', ...same };
  if (d.scale !== null && d.scale >= 1e6 && d.unitType === null) {
    const currency = sentenceCurrency(d, s);
    if (currency) return { kind: 'money', unit: currency, unitType: 'currency' };
  }
  return { kind: 'count', ...same };
}

/**
 * Stage: the kind of each number (SPEC §1). The unit decides percent, money and measure;
 * "thứ"/"hạng"/"top" make a rank; X/Y and "X trên Y" a ratio; a bare amount in millions or
 * billions is money when the sentence speaks of money; everything else counts.
 */
export function classifyKind(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  const out: Draft[] = [];
  let earlierRank = false;
  for (const d of drafts) {
    const classified: Draft = { ...d, ...kindOf(d, s, earlierRank) };
    earlierRank ||= classified.kind === 'rank';
    out.push(classified);
  }
  return out;
}
