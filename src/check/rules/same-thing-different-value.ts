import type { ClaimRecord } from '../../types.js';
import { agree } from '../agreement.js';
import { describe, normalizeText } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { anchorsOf, contextOf, conflict } from '../frames.js';
import { warning, type CheckWarning } from '../warning.js';

const CONTEXT_WORDS = 3;
// A one-word subject is mostly a stray word the extractor kept ("và 128 GB"), not a thing.
const SUBJECT_WORDS = 2;

function isGeneric(doc: CheckDocument, r: ClaimRecord): boolean {
  const unit = normalizeText(r.unit ?? '');
  if (r.kind === 'count' || r.kind === 'ratio') return doc.dictionaries.genericUnits.count.has(unit);
  return r.kind === 'measure' && doc.dictionaries.genericUnits.measure.has(unit);
}

/**
 * What a figure is of, as a key: its kind, unit and subject, or without a subject the words
 * right before it. Null for changes, ranks and generic units (`người`, `lần`, `tuổi`): they say
 * too little to tell two figures apart.
 */
function thingOf(doc: CheckDocument, r: ClaimRecord): string | null {
  if (r.change !== null || r.unit === null || r.kind === 'rank' || isGeneric(doc, r)) return null;
  // A count's subject that opens with its unit is the counted thing and the rest of its clause
  // ("bánh heroin tại Nam Định"): the words before it say better which statement it is.
  const own = r.subject && !(r.kind === 'count' && normalizeText(r.subject).startsWith(normalizeText(r.unit))) ? r.subject : '';
  const subject = normalizeText(own);
  const context = contextOf(doc, r);
  const about = subject.split(' ').length >= SUBJECT_WORDS ? subject : context.length >= CONTEXT_WORDS ? `… ${context.slice(-CONTEXT_WORDS).join(' ')}` : null;
  return about && `${r.kind}|${normalizeText(r.unit)}|${about}`;
}

/**
 * The figures of one thing, in groups of values that agree — or null past two groups: a series,
 * which the rule leaves alone (stopping there keeps a long series from costing figures × groups).
 */
function valueGroups(records: readonly ClaimRecord[]): ClaimRecord[][] | null {
  const groups: ClaimRecord[][] = [];
  for (const r of records) {
    const group = groups.find((g) => agree(g[0]!, r));
    if (group) group.push(r);
    else if (groups.length === 2) return null;
    else groups.push([r]);
  }
  return groups;
}

/**
 * How many figures on each side of one a sentence is read with, to say whether two sentences
 * restate one statement: every figure of any ordinary sentence, and a bounded number in a list
 * of thousands run into one sentence, so that comparing two sentences is never figures × figures.
 */
const RESTATE_REACH = 16;

/** The figures of `r`'s sentence near it (`RESTATE_REACH` on each side), without `r` and without changes. */
function neighboursOf(doc: CheckDocument, r: ClaimRecord): ClaimRecord[] {
  const { records } = doc.sentenceOf.get(r)!;
  const at = doc.positionOf.get(r)!;
  const near = records.slice(Math.max(0, at - RESTATE_REACH), at + RESTATE_REACH + 1);
  return near.filter((o) => o !== r && o.change === null);
}

/**
 * Whether the two sentences restate one statement: they share another figure, of a unit that
 * names something, with the very same value ("45 kg ma túy tổng hợp và 35 bánh heroin" in the
 * title, "45 kg ma túy tổng hợp và 30 bánh heroin" in the body), and every other figure of theirs
 * of the same kind and unit has its equal in the other — else they are two rows of one template
 * ("Tàu … dài 46m, rộng 5,5m" / "dài 34,7m, rộng 6,7m").
 */
function restates(doc: CheckDocument, a: ClaimRecord, b: ClaimRecord): boolean {
  const [ours, theirs] = [neighboursOf(doc, a), neighboursOf(doc, b)];
  const alike = (x: ClaimRecord, y: ClaimRecord) => x.kind === y.kind && normalizeText(x.unit ?? '') === normalizeText(y.unit ?? '');
  const same = (x: ClaimRecord, y: ClaimRecord) => alike(x, y) && x.value === y.value && x.value_max === y.value_max;
  const shared = ours.filter((o) => !isGeneric(doc, o) && theirs.some((t) => same(o, t)));
  const differing = ours.filter((o) => theirs.some((t) => alike(o, t)) && !theirs.some((t) => same(o, t)));
  return shared.length > 0 && differing.length === 0;
}

/**
 * `same-thing-different-value`: one statement made twice in one document with a figure changed
 * (the title's "35 bánh heroin", the body's "30 bánh heroin"). Conservative on purpose — real
 * articles are full of one measure given for many things:
 * - the same kind, unit and subject (or words before the figure), no change, no generic unit;
 * - exactly two values, one of them stated once: three values or more, or two stated twice each,
 *   are a series (the humidity of each region, the price at each bank), not a slip;
 * - a qualifier, range or rounding that allows both values is agreement ("hơn 85.000", "85.341");
 * - the two sentences restate one another: they share another figure (`restates`);
 * - they do not each name their own place, time or label (`frames.ts`).
 */
export function findSameThingDifferentValues(doc: CheckDocument): CheckWarning[] {
  const byThing = new Map<string, ClaimRecord[]>();
  for (const r of doc.records) {
    const thing = thingOf(doc, r);
    if (thing) (byThing.get(thing) ?? byThing.set(thing, []).get(thing)!).push(r);
  }
  const warnings: CheckWarning[] = [];
  for (const records of byThing.values()) {
    const groups = valueGroups(records);
    if (groups?.length !== 2 || Math.min(groups[0]!.length, groups[1]!.length) !== 1) continue;
    const [odd, usual] = groups[0]!.length === 1 ? [groups[0]![0]!, groups[1]!] : [groups[1]![0]!, groups[0]!];
    const other = usual.find((r) =>
      doc.sentenceOf.get(r) !== doc.sentenceOf.get(odd) && restates(doc, r, odd) && !conflict(anchorsOf(doc, r), anchorsOf(doc, odd)));
    if (!other) continue;
    const [a, b] = other.start < odd.start ? [other, odd] : [odd, other];
    const message = `${describe(a)} (line ${a.line}) and ${describe(b)} (line ${b.line}) give the same thing different values`;
    warnings.push(warning('same-thing-different-value', message, [a, b]));
  }
  return warnings;
}
