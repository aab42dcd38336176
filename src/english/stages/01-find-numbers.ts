import { newDraft, type Draft } from '../../pipeline/draft.js';
import { tokenAt, type EnglishScope } from '../scope.js';
import { parseEnglishDigits } from '../tokens.js';

const absolute = (s: EnglishScope, at: number) => s.sentence.start + at;

const isDash = (s: EnglishScope, k: number) => ['-', '–'].includes(s.raw[k] ?? '') && !s.tokens[k]!.gap && !s.tokens[k + 1]?.gap;
const isInteger = (s: EnglishScope, k: number) => s.tokens[k]?.type === 'num' && /^\d{1,2}$/.test(s.raw[k]!);

/** Whether token `i` is one of three or more small numbers joined by dashes, or of a score ("1-0": a higher number first). */
function inDashChain(s: EnglishScope, i: number): boolean {
  let first = i;
  while (isDash(s, first - 1) && isInteger(s, first - 2)) first -= 2;
  let last = i;
  while (isDash(s, last + 1) && isInteger(s, last + 2)) last += 2;
  if (!isInteger(s, i) || first === last) return false;
  return (last - first) / 2 + 1 >= 3 || Number(s.raw[first]) > Number(s.raw[last]);
}

/** A number in digits (English separators), with the scale word after it ("27.6 million", "1.2bn"). */
function digitNumber(s: EnglishScope, i: number): Draft | null {
  const t = s.tokens[i]!;
  const value = parseEnglishDigits(t.text);
  if (value === null) return null;
  // Glued to a letter before ("G20" is one token): not a number of its own — unless the letters
  // are its currency ("VND6,200").
  if (!t.gap && s.tokens[i - 1]?.type === 'word' && !s.lexicon.currencies.matchBefore(s.raw, i)) return null;
  const scale = s.tokens[i + 1]?.type === 'word' ? s.lexicon.scales.get(s.words[i + 1]!) : undefined;
  // Glued to letters after it ("4a", "5G", "A320neo") a number is part of a name — unless the
  // letters are its scale or unit ("1.2bn", "100MW", "5km").
  const glued = s.tokens[i + 1] && !s.tokens[i + 1]!.gap && s.tokens[i + 1]!.type === 'word';
  if (glued && !scale && !s.lexicon.measures.matchAt(s.raw, i + 1) && !s.lexicon.currencies.matchAt(s.raw, i + 1)) return null;
  // "4-1-4-1", "1-0": a formation, a score — numbers in a chain of dashes are not quantities.
  if (inDashChain(s, i)) return null;
  const last = scale ? i + 1 : i;
  const decimals = (t.text.split('.')[1] ?? '').replace(/(st|nd|rd|th)$/, '').length;
  return newDraft({
    first: i, last, start: absolute(s, t.start), end: absolute(s, s.tokens[last]!.end),
    value: scale ? value * scale : value, scale: scale ?? null, decimals,
    // An ordinal ("48th") says a place in an order.
    ...(t.type === 'ordinal' && { kind: 'rank' as const }),
  });
}

/** Numbers in words that compromise reads ("twenty-three", "two million"), where no digits are. */
function wordNumbers(s: EnglishScope, taken: ReadonlySet<number>): Draft[] {
  const reading = s.reading();
  const [numbers, fractions] = [reading.numbers(), reading.fractions()];
  const drafts: Draft[] = [];
  for (const f of fractions) {
    const first = tokenAt(s, f.start);
    const last = tokenAt(s, f.end - 1);
    if (first < 0 || last < 0 || /\d/.test(f.text) || range(first, last).some((k) => taken.has(k))) continue;
    drafts.push(newDraft({ first, last, start: absolute(s, f.start), end: absolute(s, f.end), value: f.numerator, denominator: f.denominator, shape: 'ratio', written: 'words' }));
    range(first, last).forEach((k) => (taken as Set<number>).add(k));
  }
  for (const n of numbers) {
    const first = tokenAt(s, n.start);
    const last = tokenAt(s, n.end - 1);
    // Words only: digits are read above, by English rules compromise does not always follow.
    if (first < 0 || last < 0 || /\d/.test(n.text) || range(first, last).some((k) => taken.has(k))) continue;
    // "a", "one" alone are articles more often than counts; a scale makes them numbers.
    if (first === last && ['a', 'an', 'one'].includes(s.words[first]!)) continue;
    // Ordinal words are read below, as ranks, only where a ranking says so ("the first quarter" is a label).
    if (s.lexicon.ordinals.has(s.words[last]!)) continue;
    // "a five-year average", "two-way trade": a number inside a compound adjective is no claim.
    if (range(first, last).some((k) => s.words[k]!.split('-').some((part, _, all) => all.length > 1 && !s.lexicon.numberWords.has(part) && !NUMBER_PARTS.test(part)))) continue;
    drafts.push(newDraft({ first, last, start: absolute(s, n.start), end: absolute(s, n.end), value: n.value, written: 'words' }));
  }
  return drafts;
}

/** Parts of a hyphenated number that are no number word of their own: "twenty-one", "two-thirds". */
const NUMBER_PARTS = /^(one|two|three|four|five|six|seven|eight|nine|thirds?|quarters?|fifths?)$/;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

/**
 * Ordinal words that say a place ("ranked second", "came third", "second only to Thailand")
 * and words that state a multiple ("twice", "fivefold").
 */
function wordPlacesAndMultiples(s: EnglishScope, taken: Set<number>): Draft[] {
  const drafts: Draft[] = [];
  let rankSeen = false;
  s.words.forEach((w, i) => {
    if (s.lexicon.rankWords.has(w)) rankSeen = true;
    if (taken.has(i) || s.tokens[i]!.type !== 'word') return;
    const t = s.tokens[i]!;
    const place = s.lexicon.ordinals.get(w);
    // "ranked second", "second only to Thailand", and "… 48th overall and second in the region".
    const ranked = s.lexicon.rankWords.has(s.words[i - 1] ?? '') || (s.words[i + 1] === 'only' && s.words[i + 2] === 'to') || (rankSeen && s.words[i - 1] === 'and');
    if (place !== undefined && ranked) {
      drafts.push(newDraft({ first: i, last: i, start: absolute(s, t.start), end: absolute(s, t.end), value: place, written: 'words', kind: 'rank' }));
      taken.add(i);
    }
    const multiple = s.lexicon.multiples.get(w);
    if (multiple) {
      drafts.push(newDraft({ first: i, last: i, start: absolute(s, t.start), end: absolute(s, t.end), value: multiple.value, written: 'words', unit: multiple.unit, unitType: 'noun', unitEnd: i + 1 }));
      taken.add(i);
    }
  });
  return drafts;
}

/**
 * Stage: every number of the sentence — digits read the English way (`1,200` is twelve
 * hundred, `27.6` a decimal) with their scale word, ordinals, and numbers in words read by
 * compromise — in text order.
 */
export function findEnglishNumbers(s: EnglishScope): Draft[] {
  const drafts: Draft[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.type !== 'num' && t.type !== 'ordinal') continue;
    const d = digitNumber(s, i);
    if (!d) continue;
    drafts.push(d);
    range(d.first, d.last).forEach((k) => taken.add(k));
    i = d.last;
  }
  drafts.push(...wordPlacesAndMultiples(s, taken));
  if (s.words.some((w, i) => s.tokens[i]!.type === 'word' && startsNumberWord(s, w))) for (const d of wordNumbers(s, taken)) drafts.push(d);
  return drafts.sort((a, b) => a.first - b.first);
}

/** A word that starts a number in words ("twenty-three" by its first part): only then is compromise asked for numbers. */
const startsNumberWord = (s: EnglishScope, w: string) => s.lexicon.numberWords.has(w.split('-')[0]!);
