import type { UnitContext } from '../lexicon/lexicon.js';
import { parseDigits } from '../numbers/parse-digits.js';
import { copyDraft, type Draft, withFields } from './draft.js';
import { isUpper } from '../text/token.js';
import { longestWord, readNounPhrase } from './noun-phrase.js';
import { isFunctionWord, sliceTokens, wordAt, type SentenceScope } from './scope.js';

/** "/người/năm", "/thùng", "/h", "/1 kg", "mỗi ngày": a rate written after a unit. Returns the index after it. */
function readRate(s: SentenceScope, i: number): number {
  while (s.tokens[i]?.text === '/' && !s.tokens[i]!.gap) {
    let t = s.tokens[i + 1];
    if (t?.type === 'num' && !t.gap && s.tokens[i + 2]?.type === 'word') {
      i++; // "đồng/1 kg", "lít/100 km": an amount in the denominator
      t = s.tokens[i + 1];
      if (!t || !s.lexicon.measures.matchAt(s.tokens, i + 1)) return i - 1;
    } else if (!t || t.gap || (t.type !== 'word' && t.type !== 'code')) break;
    i = t.type === 'word' ? longestWord(s, i + 1).end : i + 2;
  }
  if (wordAt(s, i) === 'mỗi' && s.lexicon.measures.matchAt(s.tokens, i + 1)?.value.dimension === 'time') {
    return s.lexicon.measures.matchAt(s.tokens, i + 1)!.end;
  }
  return i;
}

/** Whether the words at `i` are `words` (lower-cased). */
function followedBy(s: SentenceScope, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (s.tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/**
 * An ambiguous unit word is a unit when one of its `next` words follows, or when none of its
 * `!word`s does; `$large` asks the amount to be large too ("30 triệu bảng" is money, "6 bảng" groups).
 */
function fitsNext(s: SentenceScope, i: number, next: UnitContext, d: Draft): boolean {
  if (next.large && d.scale === null && d.value < 1000) return false;
  const t = s.tokens[i];
  const follows = (next.end && (!t || t.type === 'punct')) || (next.upper && !!t && t.type === 'word' && isUpper(t.text)) ||
    (!!t && next.words.has(t.lower)) || next.phrases.some((words) => followedBy(s, i, words));
  return next.banned ? !follows : follows;
}


function percentAt(s: SentenceScope, i: number): number | null {
  const from = wordAt(s, i) === 'điểm' ? i + 1 : i;
  if (s.tokens[from]?.text === '%') return from + 1;
  if (wordAt(s, from) === 'phần' && wordAt(s, from + 1) === 'trăm') return from + 2;
  return null;
}

/** A unit word ends where the word ends: "13 V-League" has no volts in it. */
function endsWord(s: SentenceScope, end: number): boolean {
  const t = s.tokens[end];
  return !t || t.gap || t.type === 'punct' && !(t.text === '-' && s.tokens[end + 1] && !s.tokens[end + 1]!.gap);
}

function measureAt(s: SentenceScope, i: number, d: Draft) {
  const dashed = s.tokens[i]?.text === '-' && !s.tokens[i]!.gap && !s.tokens[i + 1]?.gap;
  const m = s.lexicon.measures.matchAt(s.tokens, dashed ? i + 1 : i);
  if (!m || !endsWord(s, m.end) || (m.value.next && !fitsNext(s, m.end, m.value.next, d))) return null;
  return m;
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = { '²': '2', '³': '3' };

/** A unit as written, its power as a digit: "m 2" and "m²" are written m2 (the gold writes them so). */
const writtenUnit = (unit: string) =>
  // Most units ("ha", "km/h") have neither a space nor a superscript: no regular expression to run.
  !unit.includes(' ') && !unit.includes('²') && !unit.includes('³') ? unit
    : unit.replace(/(\p{L}) (\d)\b/gu, '$1$2').replace(/[²³]/g, (c) => SUPERSCRIPTS[c]!);

/**
 * "222ha/240ha lúa": a measure, a slash, a number and the same unit again is a part of a whole
 * in one unit: a ratio (SPEC §4b), its unit the measure's, its denominator the second number.
 * Whether it is one; if so, set on `u`.
 */
function sameUnitRatio(s: SentenceScope, measure: { first: number; end: number; value: { unit: string } }, u: Draft): boolean {
  const slash = s.tokens[measure.end];
  const whole = s.tokens[measure.end + 1];
  if (slash?.text !== '/' || slash.gap || whole?.type !== 'num' || whole.gap) return false;
  const again = s.lexicon.measures.matchAt(s.tokens, measure.end + 2);
  if (!again || again.value.unit !== measure.value.unit) return false;
  const denominator = parseDigits(whole.text, s.style);
  if (denominator.odd) return false;
  setUnit(u, measure.value.unit, 'noun', null, again.end, s.tokens[again.end - 1]!.end);
  (u.shape = 'slash'), (u.parts = [u.value, denominator.value]), (u.denominator = denominator.value);
  return true;
}

/** "nhì bảng": an ordinal word ranks, it never counts money. */
const isOrdinalWord = (s: SentenceScope, d: Draft) => d.written === 'words' && s.lexicon.ordinals.matchAt(s.tokens, d.first)?.end === d.last + 1;

/** Sets a unit's fields on draft `u`, which keeps the rest: the unit word `unit` of type `unitType`, read up to token `unitEnd`, the claim's span ending at `end`. */
function setUnit(u: Draft, unit: string | null, unitType: Draft['unitType'], dimension: Draft['dimension'], unitEnd: number, end: number): void {
  u.unit = unit;
  u.unitType = unitType;
  u.dimension = dimension;
  u.unitEnd = unitEnd;
  u.end = end;
}

/**
 * Sets on `u`, a copy of draft `d`, what `d` counts or measures. Set on the copy, not returned
 * in an object of its own to copy from: a unit object of four layouts, made and read once per
 * draft, cost more than the fields it carried.
 * `taken`: the first token not yet in a claim before this one ("0 USD 0": the USD is the first number's).
 */
function findUnit(d: Draft, s: SentenceScope, taken: number, u: Draft): void {
  const i = d.last + 1;
  const span = (end: number) => s.tokens[end - 1]!.end;
  const times = s.lexicon.multipleUnit;
  // "gấp 3 lần thu nhập": a multiple's unit is "lần"; what follows is what it is a multiple of.
  if (d.unit === times || (wordAt(s, i) === times && isFunctionWord(s, 'multiple-marker', d.first - 1))) {
    const end = wordAt(s, i) === times ? i + 1 : i;
    return setUnit(u, times, 'noun', null, end, span(end));
  }
  const percent = percentAt(s, i);
  if (percent !== null) return setUnit(u, '%', 'percent', null, readRate(s, percent), span(percent));
  const currency = s.lexicon.currencies.matchAt(s.tokens, i);
  if (currency && currency.value.position !== 'before' && endsWord(s, currency.end) && (!currency.value.next || fitsNext(s, currency.end, currency.value.next, d)) && !isOrdinalWord(s, d)) {
    const end = readRate(s, currency.end);
    const rate = end > currency.end ? s.text.slice(s.tokens[currency.end - 1]!.end, s.tokens[end - 1]!.end) : '';
    u.currency = currency.value.code || null;
    return setUnit(u, currency.value.unit + rate, 'currency', null, end, span(end));
  }
  const before = s.lexicon.currencies.matchBefore(s.tokens, d.first);
  if (before && before.value.position !== 'after' && before.first >= taken) {
    (u.start = s.tokens[before.first]!.start), (u.lead = before.first), (u.currency = before.value.code || null);
    return setUnit(u, before.value.unit, 'currency', null, i, d.end);
  }
  const measure = measureAt(s, i, d);
  if (measure) {
    // "222ha/240ha", "3 tấn/5 tấn": the same unit on both sides of a slash makes a ratio of measures.
    if (sameUnitRatio(s, measure, u)) return;
    // SPEC §4: a measure's unit as written ("héc-ta", "decibel"), with its rate.
    const end = readRate(s, measure.end);
    const rated = end > measure.end;
    return setUnit(u, writtenUnit(sliceTokens(s, measure.first, end - 1)), 'measure', rated ? 'rate' : measure.value.dimension, end, span(end));
  }
  const phrase = readNounPhrase(s, i);
  if (!phrase) return setUnit(u, null, null, null, i, d.end);
  const end = readRate(s, phrase.last + 1);
  return setUnit(u, sliceTokens(s, phrase.first, end - 1), 'noun', null, end, d.end);
}

const LIST_MARKS = new Set([',', ';']);

/**
 * "lần lượt là 20, 17 và 14 tuổi", "5, 7 và 10%", "28; 27,5 và 27 điểm": numbers listed before the
 * last one share its unit; and its scale when they have none ("2,1 và 2,5 triệu lượt" is 2.1
 * million, SPEC §4b). Runs right to left so a whole list takes it.
 */
function shareListedUnits(drafts: Draft[], s: SentenceScope): Draft[] {
  const shared = new Set<number>();
  for (let k = drafts.length - 2; k >= 0; k--) {
    const d = drafts[k]!;
    const next = drafts[k + 1]!;
    const joiner = s.tokens[d.last + 1]?.text ?? '';
    const scaleToo = d.scale === null && next.scale !== null;
    if (d.written !== 'digits' || d.unit !== null || next.unit === null || next.first !== d.last + 2) continue;
    // "trong năm 2020 và 7,8% vào năm 2021": a year in a list takes no unit.
    if (s.lexicon.dateMarkers.matchBefore(s.tokens, d.first)) continue;
    // A counted noun is shared only with the scale it follows: "5 và 10 người" may be two answers.
    if (next.unitType === 'noun' && !scaleToo) continue;
    // A comma alone joins clauses as often as list items: it shares inside a list that "và"/"hoặc"
    // closes, or a list of three numbers or more ("lúc trẻ được 2, 3, 4 tháng").
    const longList = LIST_MARKS.has(joiner) && (shared.has(k + 1) || (LIST_MARKS.has(s.tokens[next.last + 1]?.text ?? '') && drafts[k + 2]?.first === next.last + 2) || (d.first > 0 && LIST_MARKS.has(s.tokens[d.first - 1]!.text)));
    if (!(isFunctionWord(s, 'list-conjunction', d.last + 1) || longList)) continue;
    const scale = scaleToo ? next.scale! : 1;
    drafts[k] = withFields(d, { unit: next.unit, unitType: next.unitType, currency: next.currency, dimension: next.dimension, value: d.value * scale, scale: scaleToo ? next.scale : d.scale });
    shared.add(k);
  }
  return carryIntoBrackets(drafts, s);
}

/** How many tokens back a bracketed figure looks for the figure whose scale and unit it leaves out. */
const BRACKET_REACH = 40;

/**
 * "Man City 52,3 triệu bảng Anh, Liverpool (47,1), Arsenal (40,6)": a bare figure in brackets after
 * a name, in a list that began with a figure with a scale and a unit, is in that scale and unit.
 */
function carryIntoBrackets(drafts: Draft[], s: SentenceScope): Draft[] {
  let model: Draft | null = null;
  return drafts.map((d) => {
    // `d.first >= 2`: no token read at a negative index, a look-up by name that slows the read for every draft.
    const bracketed = d.first >= 2 && s.tokens[d.first - 1]!.text === '(' && s.tokens[d.last + 1]?.text === ')' && s.tokens[d.first - 2]!.type === 'word';
    if (d.unitType !== null && d.unitType !== 'noun' && d.scale !== null) model = d;
    else if (bracketed && model && d.unitType === null && d.scale === null && d.shape === 'plain' && d.first - model.last <= BRACKET_REACH) {
      return withFields(d, { value: d.value * model.scale!, scale: model.scale, unit: model.unit, unitType: model.unitType, currency: model.currency, dimension: model.dimension });
    }
    return d;
  });
}

/**
 * Stage: what each number counts or measures, read from the words after it: `%`, a
 * currency ("tỷ đồng", "USD/thùng"), a unit of measure ("ha", "km/h", "6,5-inch"), or the
 * noun phrase that names what is counted. A currency or unit word joins the claim's span;
 * a counted noun phrase does not. A number inside another's unit is not a number of its own.
 */
export function attachUnit(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  const out: Draft[] = [];
  let taken = 0;
  for (const d of drafts) {
    if (d.first < taken) continue;
    const withUnit = copyDraft(d);
    findUnit(d, s, taken, withUnit);
    // Not `out[out.length - 1]`: at a sentence's first draft that reads index -1, a look-up by name.
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    const compound = previous ? joinCompound(previous, withUnit, s) ?? joinMinor(previous, withUnit, s) : null;
    if (compound) out[out.length - 1] = compound;
    else out.push(withUnit);
    taken = withUnit.unitEnd;
  }
  return shareListedUnits(out, s);
}

/** A hundredth of a currency written after it: "3 đô la và 45 xen", "4 đô 50", "20 rupee 43". */
const MINOR_PARTS = 100;

/**
 * An amount of money followed by its hundredths is one amount: "3 đô la và 45 xen" (3.45), "2 đô
 * 23 xu", and a bare two-digit number right after the currency ("4 đô 50", "20 rupee 43").
 */
function joinMinor(a: Draft, b: Draft, s: SentenceScope): Draft | null {
  if (a.unitType !== 'currency' || !a.currency || a.shape !== 'plain' || b.shape !== 'plain' || !Number.isInteger(a.value)) return null;
  if (!Number.isInteger(b.value) || b.value < 0 || b.value >= MINOR_PARTS) return null;
  const joined = b.first === a.unitEnd + 1 && isFunctionWord(s, 'list-conjunction', a.unitEnd);
  const minor = b.unitType === 'currency' && !b.currency;
  const bare = b.unitType === null && b.first === a.unitEnd && a.unitEnd > a.last + 1;
  if (!(minor && (b.first === a.unitEnd || joined)) && !bare) return null;
  return withFields(a, { value: a.value + b.value / MINOR_PARTS, last: b.last, end: b.end, unitEnd: b.unitEnd, decimals: 2 });
}

/**
 * "2 năm 3 tháng", "10 tuổi 4 tháng": a measure in a larger unit followed right away by one in a
 * smaller unit (`units/compound-units.tsv`) is one measure in the larger unit.
 */
function joinCompound(a: Draft, b: Draft, s: SentenceScope): Draft | null {
  if (a.unitType !== 'measure' || b.unitType !== 'measure' || b.first !== a.unitEnd || a.shape !== 'plain' || b.shape !== 'plain') return null;
  const parts = s.lexicon.compoundUnits.get(`${a.unit} ${b.unit}`);
  if (!parts) return null;
  return withFields(a, { value: a.value + b.value / parts, last: b.last, end: b.end, unitEnd: b.unitEnd, decimals: Math.max(a.decimals, 2) });
}
