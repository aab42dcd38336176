import type { Change, Kind, NonMetricKind, Qualifier, Status } from '../types.js';

/** Why a number is not a claim; `kind` is what `--all` reports it as (null: never reported). */
export interface NonClaim {
  kind: NonMetricKind | null;
  reason: string;
}

/**
 * The one record type that flows through the pipeline: a number found in a sentence,
 * filled in stage by stage until it becomes a {@link ClaimRecord} or is set aside.
 */
export interface Draft {
  /** Token indices of the number expression (scale words, range and fraction included), inclusive. */
  first: number;
  last: number;
  /** Where the words before the number are read from when something of the claim stands before it:
   * a currency written first ("khoảng S$3.500": the qualifier is before the S$). Else `first`. */
  lead?: number;
  /** Character span of the claim text in the normalized document. */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  denominator: number | null;
  /** Digits after the decimal mark as written (`27,6` → 1), for rounding comparisons. */
  decimals: number;
  written: 'digits' | 'words';
  /** plain number, `slash` a/b(/c), `range` low–high, `ratio` "3 trên 5", `pair` two numbers
   * joined by a hyphen that are not a range (scores, codes), `odd` digits grouped like no number. */
  shape: 'plain' | 'slash' | 'range' | 'ratio' | 'pair' | 'odd';
  /** Written with a leading zero (`03`, `0985…`): a code unless it is part of a date (`05/10`). */
  leadingZero: boolean;
  /** Multiplier of the scale word or suffix (`triệu` → 1e6), null when none. */
  scale: number | null;
  /** The numbers of a slash group as written (`15/63` → [15, 63]). */
  parts: readonly number[] | null;
  unit: string | null;
  unitType: 'percent' | 'currency' | 'measure' | 'noun' | null;
  /** For money: the currency's ISO 4217 code (`VND`, `USD`), null when the currency has none (`xu`). */
  currency: string | null;
  /** For measures: what the unit measures (`time`, `area`, …). */
  dimension: string | null;
  /** Token index just after the number and its unit. */
  unitEnd: number;
  kind: Kind | null;
  nonClaim: NonClaim | null;
  qualifier: Qualifier | null;
  change: Change | null;
  subject: string | null;
  /** A status the words right around the number decide (`dictionaries/rules/status.tsv`); null:
   * the sentence's cues decide (stage 17). */
  status: Status | null;
  /** The rules that decided about this number (`decision/rule`), for `--explain`. */
  rules: readonly string[];
}

/**
 * A draft with every field, always in this order: stages read drafts millions of times, and
 * objects of one layout are read at the speed of a struct (a field added later, or fields in
 * another order, would give drafts several layouts and every read a lookup).
 */
export function newDraft(f: Pick<Draft, 'first' | 'last' | 'start' | 'end' | 'value'> & Partial<Draft>): Draft {
  return {
    first: f.first,
    last: f.last,
    lead: f.lead,
    start: f.start,
    end: f.end,
    value: f.value,
    valueMax: f.valueMax ?? null,
    denominator: f.denominator ?? null,
    decimals: f.decimals ?? 0,
    written: f.written ?? 'digits',
    shape: f.shape ?? 'plain',
    leadingZero: f.leadingZero ?? false,
    scale: f.scale ?? null,
    parts: f.parts ?? null,
    unit: f.unit ?? null,
    unitType: f.unitType ?? null,
    currency: f.currency ?? null,
    dimension: f.dimension ?? null,
    unitEnd: f.unitEnd ?? f.last + 1,
    kind: f.kind ?? null,
    nonClaim: f.nonClaim ?? null,
    qualifier: f.qualifier ?? null,
    change: f.change ?? null,
    subject: f.subject ?? null,
    status: f.status ?? null,
    rules: f.rules ?? [],
  };
}

/**
 * A copy of a draft with some fields changed. Drafts are never spread (`{ ...d, x }`): a spread
 * copy takes a layout of its own, and the stages, which read drafts more than anything, would
 * read drafts of many layouts by a lookup each. Every draft made here or by `newDraft` has the
 * one layout of these literals.
 */
export function withFields(d: Draft, changes: Partial<Draft>): Draft {
  return Object.assign(copyDraft(d), changes);
}

/** A copy of a draft, to set fields on one by one: {@link withFields} without a changes object to copy from. */
export function copyDraft(d: Draft): Draft {
  return {
    first: d.first,
    last: d.last,
    lead: d.lead,
    start: d.start,
    end: d.end,
    value: d.value,
    valueMax: d.valueMax,
    denominator: d.denominator,
    decimals: d.decimals,
    written: d.written,
    shape: d.shape,
    leadingZero: d.leadingZero,
    scale: d.scale,
    parts: d.parts,
    unit: d.unit,
    unitType: d.unitType,
    currency: d.currency,
    dimension: d.dimension,
    unitEnd: d.unitEnd,
    kind: d.kind,
    nonClaim: d.nonClaim,
    qualifier: d.qualifier,
    change: d.change,
    subject: d.subject,
    status: d.status,
    rules: d.rules,
  };
}

const byFirstToken = new WeakMap<readonly Draft[], Map<number, Draft>>();

/**
 * The draft that starts at token `first`, if any. Rules ask this of every draft; a sentence of
 * thousands of numbers would make a scan per question quadratic, so the index is built once
 * per list of drafts.
 */
export function draftStartingAt(drafts: readonly Draft[], first: number): Draft | undefined {
  let index = byFirstToken.get(drafts);
  if (!index) {
    index = new Map();
    for (const d of drafts) if (!index.has(d.first)) index.set(d.first, d);
    byFirstToken.set(drafts, index);
  }
  return index.get(first);
}

/** The drafts that end before token `i`, nearest first (at most `count`): found by binary search, drafts being in text order. */
export function draftsBefore(drafts: readonly Draft[], i: number, count: number): Draft[] {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid]!.first < i) lo = mid + 1;
    else hi = mid;
  }
  const out: Draft[] = [];
  for (let k = lo - 1; k >= 0 && out.length < count; k--) if (drafts[k]!.last < i) out.push(drafts[k]!);
  return out;
}

/** The token before which a rule reads the words before the number (see `lead`). */
export const leadOf = (d: Draft): number => d.lead ?? d.first;

/** The draft's rules with one more (`decision/rule`) when the scope explains, else the same list. */
export const traced = (d: Draft, explain: boolean | undefined, decision: string, rule: { name: string }): readonly string[] =>
  explain ? [...d.rules, `${decision}/${rule.name}`] : d.rules;
