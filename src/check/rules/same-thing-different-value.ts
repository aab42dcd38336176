import type { ClaimRecord } from '../../types.js';
import { agree } from '../agreement.js';
import { describe, normalizeText } from '../figures.js';
import type { CheckDocument } from '../document.js';
import { anchorsOf, contextOf, conflict, inClaim, opensSentence } from '../frames.js';
import { warning, type CheckWarning } from '../warning.js';
import { isUpper } from '../../text/token.js';

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
    const message = {
      en: `${describe(a)} (line ${a.line}) and ${describe(b)} (line ${b.line}) give the same thing different values`,
      vi: `${describe(a)} (dòng ${a.line}) và ${describe(b)} (dòng ${b.line}) cho cùng một số liệu hai giá trị khác nhau`,
    };
    warnings.push(warning('same-thing-different-value', message, [a, b]));
  }
  const warned = new Set(warnings.flatMap((w) => w.records));
  for (const [a, b] of sameSubjectPairs(doc)) {
    if (warned.has(a) || warned.has(b)) continue;
    warned.add(a).add(b);
    const subject = a.subject && b.subject && a.subject.length <= b.subject.length ? `"${a.subject}"` : `"${b.subject}"`;
    const years = yearsOf(a).join(', ');
    const message = {
      en: `${describe(a)} (line ${a.line}) and ${describe(b)} (line ${b.line}) give ${subject} in ${years} two different values`,
      vi: `${describe(a)} (dòng ${a.line}) và ${describe(b)} (dòng ${b.line}) cho ${subject} năm ${years} hai giá trị khác nhau`,
    };
    warnings.push(warning('same-thing-different-value', message, [a, b]));
  }
  return warnings.sort((x, y) => x.start - y.start);
}

const MAX_GROUP = 200;

/** Words of a subject at least, for it to name one thing in a document ("hộ nghèo", "lượt khách du lịch"). */
const MIN_SUBJECT_WORDS = 2;
/** For an amount, which has no counted noun to say what it is: "tổng thu ngân sách nhà nước". */
const MIN_AMOUNT_SUBJECT_WORDS = 3;

/**
 * Whether a subject's words name one thing: besides the counted noun (`hộ`) and the words of
 * measure (`số`, `tổng`, `tỷ lệ`), a word of its own (`nghèo`); an amount's, three words at least.
 */
function namesAThing(doc: CheckDocument, words: readonly string[], r: ClaimRecord): boolean {
  if (r.kind !== 'count' && words.length < MIN_AMOUNT_SUBJECT_WORDS) return false;
  const head = normalizeText(r.unit ?? '').split(' ')[0];
  return words.filter((w) => w !== head && !doc.dictionaries.measureWords.has(w)).length >= MIN_OWN_WORDS;
}

/** Words of its own a subject needs besides its counted noun and words of measure ("hộ nghèo toàn tỉnh", not "công trình"). */
const MIN_OWN_WORDS = 2;

/**
 * The names a figure's sentence holds (capitalised words that do not open it, outside claims):
 * two figures whose sentences each name what the other does not ("Cross" and "Honda HRV", two
 * schools) are of two things. Unlike `anchorsOf`, no numbers and no lead-in: a report's
 * sentences each carry their own dates and section numbers.
 */
function namesOf(doc: CheckDocument, r: ClaimRecord): Set<string> {
  const names = new Set<string>();
  for (const t of doc.sentenceOf.get(r)!.tokens) if (t.type === 'word' && isUpper(t.text) && !opensSentence(doc.text, t) && !inClaim(doc, t.start)) names.add(t.lower);
  return names;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** The years a figure is stated for, from its time and its subject: its period. */
const yearsOf = (r: ClaimRecord) => [...new Set(`${r.time ?? ''} ${r.subject ?? ''}`.match(YEAR) ?? [])].sort();
const wordsOf = (r: ClaimRecord) => normalizeText(r.subject ?? '').replace(YEAR, ' ').split(' ').filter(Boolean);

/**
 * The same subject given two different figures for the same period in two paragraphs of one document (issue #13):
 * "Tổng thu ngân sách … năm 2023 đạt 4.250 tỷ đồng" and, in the summary, "tổng thu ngân sách …
 * năm 2023 đạt 4.350 tỷ đồng". The words of one subject are all in the other, the two name the
 * same year (a figure without a year is never compared), the kind and unit are the same, no
 * change, and the figures differ beyond any rounding or bound — and the subject has only these
 * two values (three are a series: the same measure of several things).
 */
function sameSubjectPairs(doc: CheckDocument): [ClaimRecord, ClaimRecord][] {
  // Not percentages: the same rate of different populations fills every report.
  const candidates = doc.records.filter((r) => r.change === null && r.value_max === null && r.unit !== null && (r.kind === 'count' || r.kind === 'money' || r.kind === 'measure') && !isGeneric(doc, r) &&
    wordsOf(r).length >= MIN_SUBJECT_WORDS && yearsOf(r).length > 0);
  const byKey = new Map<string, ClaimRecord[]>();
  for (const r of candidates) {
    const key = `${r.kind}|${normalizeText(r.unit ?? '').split(' ')[0]}|${yearsOf(r).join(',')}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(r);
  }
  const pairs: [ClaimRecord, ClaimRecord][] = [];
  for (const group of byKey.values()) {
    // Hundreds of figures of one kind, unit and year are a table, not statements to compare
    // pair by pair (and pairs of them would grow with the square).
    if (group.length > MAX_GROUP) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        // Two paragraphs: within one, a second figure of the same subject is a part, a range or a
        // comparison far more often than a slip.
        // The same period, not only the same year: "5 tháng đầu năm 2017" is not "tháng 5/2017".
        // A sentence repeated (a title run into the lead, a quote) states the same figures again:
        // two figures of one sentence are two figures of one statement, wherever it stands.
        if (a.line === b.line || a.sentence === b.sentence || agree(a, b) || (a.time && b.time && normalizeText(a.time) !== normalizeText(b.time))) continue;
        const [wa, wb] = [wordsOf(a), wordsOf(b)];
        const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
        if (!short.every((w) => long.has(w)) || !namesAThing(doc, short, a) || conflict(namesOf(doc, a), namesOf(doc, b))) continue;
        // Each figure restated beside the other ("11 khách hàng … còn 3 khách hàng" in the lead and
        // again in the body): two groups the text keeps apart, not one thing with two values.
        if (group.some((r) => (r.line === b.line && r.value === a.value) || (r.line === a.line && r.value === b.value))) continue;
        // A third value of the same subject makes it a series, not a slip.
        const values = new Set(group.filter((r) => { const w = wordsOf(r); return short.every((x) => w.includes(x)); }).map((r) => r.value));
        if (values.size > 2) continue;
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
