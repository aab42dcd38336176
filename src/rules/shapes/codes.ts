import type { Draft } from '../../pipeline/draft.js';
import { opensSentence, type SentenceScope } from '../../pipeline/scope.js';
import { isUpper, type Token } from '../../text/token.js';
import { isMonth } from './dates.js';

/** How many hyphen-joined numbers a chain may hold before the scan stops: it stays local to the number. */
const MAX_CHAIN = 8;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{4}$/;

/**
 * Three or more numbers glued by hyphens around this one: a `date` ("2017-06-19",
 * "10-11-2021") or a `code` ("05-08-15-25"); null otherwise.
 */
export function hyphenChain(d: Draft, s: SentenceScope): 'date' | 'code' | null {
  if (d.first !== d.last && d.shape !== 'range' && d.shape !== 'pair') return null;
  const glued = (a: number) =>
    s.tokens[a]?.type === 'num' && s.tokens[a + 1]?.text === '-' && !s.tokens[a + 1]!.gap &&
    s.tokens[a + 2]?.type === 'num' && !s.tokens[a + 2]!.gap;
  let first = d.first;
  let last = d.first;
  let hops = 0;
  while (hops < MAX_CHAIN && first >= 2 && glued(first - 2)) (first -= 2), hops++;
  while (hops < MAX_CHAIN && glued(last)) (last += 2), hops++;
  if (hops < 2) return null;
  return ISO_DATE.test(s.text.slice(s.tokens[first]!.start, s.tokens[last]!.end)) ? 'date' : 'code';
}

/** Digits glued to the letters of an identifier: "BN2817", "SARS-CoV-2", "#12", "Cat.12". */
export function inIdentifier(d: Draft, s: SentenceScope): boolean {
  const token = s.tokens[d.first]!;
  const mark = s.tokens[d.first - 1];
  const before = s.tokens[d.first - 2];
  if (!mark || token.gap || mark.gap) return false;
  if (mark.text === '#') return true;
  const afterWord = before !== undefined && (before.type === 'code' || before.type === 'word');
  return afterWord && (mark.text === '-' || mark.text === '+' || (mark.text === '.' && before.type === 'word'));
}

/** Digits followed by an issuing body's capitals: "4216/QĐ-UBND", "06-NQ/TU". */
export function isDocumentNumber(d: Draft, s: SentenceScope): boolean {
  const mark = s.tokens[d.last + 1];
  const letters = s.tokens[d.last + 2];
  return !!mark && (mark.text === '/' || mark.text === '-') && !mark.gap && !!letters && !letters.gap &&
    (letters.type === 'word' || letters.type === 'code') && isUpper(letters.text) && letters.text === letters.text.toUpperCase();
}

const isHotlinePrefix = (text: string) => text === '1900' || text === '1800';
const GROUP_MARKS = new Set([':', '(', ')', '.', '+', '-']);
/** A mark between the digit groups of a phone number: only a punctuation token is one (a word is not looked up). */
const isGroupMark = (t: Token) => t.type === 'punct' && GROUP_MARKS.has(t.text);
/** How far back the groups of one phone number may reach. */
const MAX_GROUPS = 6;

/**
 * Digit groups of one phone number: after a phone word of `context/phone-markers.tsv` ("hotline",
 * "ĐT:"), or led by a zero or a hotline prefix ("0912 345 678", "(028) 7308 3333", "1900 1234").
 */
export function isPhoneNumber(d: Draft, s: SentenceScope): boolean {
  let first = d.first;
  while (first > 0 && first > d.first - MAX_GROUPS && (s.tokens[first - 1]!.type === 'num' || isGroupMark(s.tokens[first - 1]!))) first--;
  while (first < d.first && s.tokens[first]!.type !== 'num') first++;
  let end = first;
  while (end > 0 && isGroupMark(s.tokens[end - 1]!)) end--;
  if (s.lexicon.phoneMarkers.matchBefore(s.tokens, end)) return true;
  const lead = s.tokens[first]!.text;
  if (first < d.first && (/^0\d+$/.test(lead) || isHotlinePrefix(lead))) return true;
  const next = s.tokens[d.last + 1];
  return isHotlinePrefix(s.tokens[d.first]!.text) && next?.type === 'num' && next.gap;
}

const LIST_MARKS = new Set(['.', ')']);

/** A small number that opens a list item: "1. Kích hoạt …", "…: 2) Thêm …". */
export function isListNumber(d: Draft, s: SentenceScope): boolean {
  if (d.shape !== 'plain' || !Number.isInteger(d.value) || d.value > 20 || d.written !== 'digits') return false;
  const next = s.tokens[d.last + 1];
  const after = s.tokens[d.last + 2];
  if (!next || next.gap || !LIST_MARKS.has(next.text)) return false;
  const previous = s.tokens[d.first - 1];
  const afterPeriod = previous?.text === '.' && !s.tokens[d.first]!.gap && (after === undefined || after.gap);
  const afterColon = (previous?.text === ':' || previous?.text === ';') && !!after?.gap && isUpper(after.text);
  return opensSentence(s, d.first) || afterPeriod || afterColon;
}

const isSlashDateAt = (s: SentenceScope, i: number) =>
  s.tokens[i]?.type === 'num' && s.tokens[i + 1]?.text === '/' && !s.tokens[i + 1]!.gap &&
  s.tokens[i + 2]?.type === 'num' && !s.tokens[i + 2]!.gap && isMonth(Number(s.tokens[i + 2]!.text));

/** The first day of a date range: a dash and a date follow ("14-18/9", "2 - 4/10"). */
export const startsDateRange = (d: Draft, s: SentenceScope): boolean =>
  ['-', '–'].includes(s.tokens[d.last + 1]?.text ?? '') && isSlashDateAt(s, d.last + 2);

/** A duration right before a date ("1 ngày 9/6"): the day word belongs to the date. */
export const beforeSlashDate = (d: Draft, s: SentenceScope): boolean =>
  d.dimension === 'time' && isSlashDateAt(s, d.unitEnd);

/** "khoản 1.k": a numbered clause, a period and a single letter glued after the number. */
export function isClauseLetter(d: Draft, s: SentenceScope): boolean {
  const dot = s.tokens[d.last + 1];
  const letter = s.tokens[d.last + 2];
  return dot?.text === '.' && !dot.gap && !!letter && !letter.gap && letter.type === 'word' && letter.text.length === 1;
}
