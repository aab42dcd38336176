import type { ClaimRecord } from '../../types.js';
import { isBareList } from '../bare-list.js';
import { findBreakdowns, type Breakdown } from '../breakdowns.js';
import { describe, formatAmount, normalizeText, roundingOf, sumOf } from '../figures.js';
import type { CheckDocument, SentenceClaims } from '../document.js';
import { isSignedAmount } from '../surroundings.js';
import { warning, type CheckWarning } from '../warning.js';

/** Kinds whose parts add up: a count of things, an amount of money, a measure. */
const ADDITIVE = new Set(['count', 'money', 'measure']);
// A whole named with a capital or a digit is one thing ("3 M87-1 Kortik"), whose list is its make-up.
const NAME_OR_CODE = /[\p{Lu}\d]/u;

/** Whether `part` counts the whole's thing: the same unit, or for a count a kind of it ("hộ" → "hộ nghèo"). */
function isKindOf(part: ClaimRecord, whole: ClaimRecord): boolean {
  if (part.kind !== whole.kind || part.change !== null || !part.unit || !whole.unit) return false;
  const [unit, of] = [normalizeText(part.unit), normalizeText(whole.unit)];
  // "3,42 triệu lượt khách du lịch, trong đó khách lưu trú 3,65 triệu lượt": the part names the head only.
  return unit === of || (whole.kind === 'count' && (unit.startsWith(`${of} `) || of.startsWith(`${unit} `)));
}

const keyOf = (kind: string, unit: string) => `${kind}|${unit}`;
const firstEnds = new WeakMap<SentenceClaims, Map<string, number>>();

/** For each kind and unit of a sentence's figures, where the first of them ends: built once per sentence. */
function firstEndsOf(sentence: SentenceClaims): Map<string, number> {
  let ends = firstEnds.get(sentence);
  if (ends) return ends;
  ends = new Map();
  for (const r of sentence.records) {
    if (!r.unit) continue;
    const key = keyOf(r.kind, normalizeText(r.unit));
    ends.set(key, Math.min(ends.get(key) ?? Infinity, r.end));
  }
  firstEnds.set(sentence, ends);
  return ends;
}

/**
 * Whether a figure of the sentence ending by `by` is a whole `part` is a kind of (`isKindOf`):
 * its unit, or for a count the first words of it ("hộ" for "hộ nghèo"), looked up rather than
 * compared with every figure before (a sentence can be a list of thousands).
 */
function hasWholeBefore(sentence: SentenceClaims, part: ClaimRecord, by: number): boolean {
  if (part.change !== null || !part.unit) return false;
  const unit = normalizeText(part.unit);
  const wholes = [unit];
  if (part.kind === 'count') for (let at = unit.indexOf(' '); at !== -1; at = unit.indexOf(' ', at + 1)) wholes.push(unit.slice(0, at));
  const ends = firstEndsOf(sentence);
  return wholes.some((whole) => (ends.get(keyOf(part.kind, whole)) ?? Infinity) <= by);
}

/** A total that its parts may not pass: exact, rounded or an upper bound ("hơn 500" may hold more). */
const isBoundingTotal = (total: ClaimRecord | null): total is ClaimRecord =>
  total !== null && ADDITIVE.has(total.kind) && total.change === null && total.value_max === null &&
  total.qualifier !== 'over' && total.qualifier !== 'at_least';

/**
 * The parts of a breakdown's total: the figures of its unit or of a kind of it; or, in a bare list
 * of counts under a count of a class of things, every count of the list — when no other figure
 * before the breakdown word is of their unit ("883 hũ cốt thuộc 364 hộ gia đình, trong đó 576 hũ
 * cốt …": not the families').
 */
function partsOf(doc: CheckDocument, breakdown: Breakdown, total: ClaimRecord): ClaimRecord[] {
  const parts = breakdown.items.filter((r) => isKindOf(r, total));
  if (parts.length > 0 || total.kind !== 'count' || NAME_OR_CODE.test(total.unit ?? '') || breakdown.items.length < 2) return parts;
  if (breakdown.items.some((item) => hasWholeBefore(breakdown.sentence, item, total.start))) return [];
  return isBareList(doc, breakdown) ? breakdown.items : [];
}

/**
 * A count a single part may be checked against: a statistic of thousands ("2,1 triệu lượt
 * khách, trong đó …"); in small counts the one figure after `trong đó` is as often another
 * group's ("13 bước, trong đó 15 bước …" of two routines).
 */
const SINGLE_PART_TOTAL = 1000;

/** Figures looked at before a breakdown word for its total, when the nearest is not of the parts' kind. */
const TOTAL_CANDIDATES = 3;

/**
 * The total of a breakdown and its parts: the figure right before the breakdown word, or — when
 * that one is of another kind ("12.480 hộ nghèo, chiếm 3,21% tổng số hộ, trong đó huyện A 5.240
 * hộ …") — one of the few before it in the same sentence, with no stop between, whose parts the
 * list holds.
 */
function wholeOf(doc: CheckDocument, breakdown: Breakdown): { total: ClaimRecord; parts: ClaimRecord[] } | null {
  const { total, sentence } = breakdown;
  if (isBoundingTotal(total)) {
    const parts = partsOf(doc, breakdown, total);
    if (parts.length) return { total, parts };
  }
  if (!total) return null;
  const at = sentence.records.indexOf(total);
  for (let k = at - 1; k >= 0 && k >= at - TOTAL_CANDIDATES; k--) {
    const candidate = sentence.records[k]!;
    if (!isBoundingTotal(candidate) || sentence.tokens.some((t) => t.start >= candidate.end && t.start < total.start && (t.text === '.' || t.text === ';'))) continue;
    const parts = breakdown.items.filter((r) => isKindOf(r, candidate));
    if (parts.length >= 2) return { total: candidate, parts };
  }
  return null;
}

/**
 * `parts-exceed-total`: "Tổng số 500 hộ, trong đó 300 hộ nghèo và 250 hộ cận nghèo" — the parts
 * of a breakdown (`breakdowns.ts`) add up to more than their total (`wholeOf`), or one part alone does,
 * none of an amount that can be negative (`nhập siêu`, `lợi nhuận`); the excess must pass what
 * rounding of the figures allows ("khoảng 188.000 ha" holds 188.138 ha).
 */
export function findPartsOverTotal(doc: CheckDocument): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  for (const breakdown of findBreakdowns(doc)) {
    const whole = wholeOf(doc, breakdown);
    if (!whole) continue;
    const { total, parts } = whole;
    // A deficit may be one sector's deficit less another's surplus: signed parts may pass their total.
    // One part alone passes its total only as a slip ("2,1 triệu lượt, trong đó … 2,5 triệu lượt").
    if (parts.length < 1 || [total, ...parts].some((r) => isSignedAmount(doc, r))) continue;
    // One part alone: only of things that add up whole — counts and money, not an average age
    // and the oldest one's ("độ tuổi bình quân 46 tuổi, trong đó người cao tuổi nhất 77 tuổi").
    if (parts.length === 1 && (total.kind === 'measure' || (total.kind === 'count' && total.value < SINGLE_PART_TOTAL))) continue;
    const sum = sumOf(parts.map((r) => r.value));
    const slack = sumOf([total, ...parts].map(roundingOf));
    if (sum - total.value <= slack) continue;
    const [list, amount] = [parts.map(describe).join(' + '), formatAmount(sum, total.unit, doc.dictionaries.scales)];
    const message = { en: `parts ${list} add up to ${amount}, more than the total ${describe(total)}`, vi: `các phần ${list} cộng lại được ${amount}, nhiều hơn tổng ${describe(total)}` };
    warnings.push(warning('parts-exceed-total', message, [total, ...parts]));
  }
  return warnings;
}
