import { PAIR_STATUSES, type ClaimPair, type Comparison, type PairStatus } from '../compare/types.js';
import type { ClaimRecord } from '../types.js';
import { formatDifference, formatFigure } from './amounts.js';
import { escapeHtml } from './html.js';
import { kindClass } from './kinds.js';
import { fillTemplate, formatCount, labelOf, type ReportStrings } from './strings/index.js';

const PLAN_STATUSES = new Set<PairStatus>(['target-met', 'target-missed', 'forecast-met', 'forecast-missed']);

// A relative difference, written the Vietnamese way in either language as the figures are (`formatValue`).
const PERCENT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** Characters of the sentence quoted on each side of the claim: a pair is read at a glance, and the page grows with the pairs, not pairs × sentence length. */
const QUOTE_REACH = 200;

/** At most `QUOTE_REACH` characters of `s` from its start (`fromEnd`: to its end), cut at a space and marked `…`. */
function reach(s: string, fromEnd: boolean): string {
  if (s.length <= QUOTE_REACH) return s;
  const part = fromEnd ? s.slice(-QUOTE_REACH) : s.slice(0, QUOTE_REACH);
  const space = fromEnd ? part.indexOf(' ') : part.lastIndexOf(' ');
  const whole = space <= 0 ? part : fromEnd ? part.slice(space + 1) : part.slice(0, space);
  return fromEnd ? `…${whole}` : `${whole}…`;
}

/** The sentence around the claim, with the claim's words marked, so the eye finds them in a long sentence. */
function renderSentence(r: ClaimRecord): string {
  const sentence = String(r.sentence ?? '');
  const at = r.text ? sentence.indexOf(r.text) : -1;
  if (at < 0) return escapeHtml(reach(sentence, false));
  return escapeHtml(reach(sentence.slice(0, at), true)) + `<mark class="in-sentence">${escapeHtml(r.text)}</mark>`
    + escapeHtml(reach(sentence.slice(at + r.text.length), false));
}

function renderSide(tag: 'A' | 'B', r: ClaimRecord | null, claimOf: (r: ClaimRecord) => number | undefined, s: ReportStrings): string {
  const c = s.comparison;
  if (!r) return `<div class="side side-empty"><span class="side-tag">${tag}</span> <span class="muted">${escapeHtml(c.noCounterpart)}</span></div>`;
  const claim = claimOf(r);
  const goto = claim === undefined
    ? `<span class="muted">${escapeHtml(fillTemplate(c.line, { line: r.line }))}</span>`
    : `<button type="button" class="goto" data-claim="${claim}">${escapeHtml(fillTemplate(c.showInText, { line: r.line }))}</button>`;
  return `<div class="side"><p><span class="side-tag">${tag}</span> <span class="pair-value">${escapeHtml(formatFigure(r, s))}</span> `
    + `<span class="pair-unit">${escapeHtml(r.unit ?? '')}</span> <span class="kind-chip ${kindClass(String(r.kind))}">${escapeHtml(labelOf(s.kinds, String(r.kind)))}</span>`
    + (r.qualifier ? ` <span class="muted">${escapeHtml(labelOf(s.qualifiers, r.qualifier))}</span>` : '')
    + `</p><blockquote>${renderSentence(r)}</blockquote>${goto}</div>`;
}

/** `compare`'s reason for a pair (English words around the documents' own) in the interface's language, part by part. */
function translateWhy(why: string, s: ReportStrings): string {
  const { whyPrefixes, whyRules } = s.comparison;
  return why.split(' · ').map((part) => {
    if (Object.prototype.hasOwnProperty.call(whyRules, part)) return whyRules[part]!;
    const prefix = Object.keys(whyPrefixes).find((p) => part.startsWith(p));
    return prefix === undefined ? part : whyPrefixes[prefix]! + part.slice(prefix.length);
  }).join(' · ');
}

// What a fact-checker asks first about two different numbers: by how much, and are the units the
// same. Two percentages differ by points (53,17 % → 35,17 % is −18 points), not by a percentage of a percentage.
function renderDifference(pair: ClaimPair, s: ReportStrings): string {
  const c = s.comparison;
  const percent = (n: string) => fillTemplate(s.percent, { n });
  const notes = [fillTemplate(c.similarity, { p: percent(String(Math.round(pair.similarity * 100))) }), ...(pair.why ? [translateWhy(pair.why, s)] : [])];
  const { a, b } = pair;
  if (a && b && pair.status !== 'agree') {
    const difference = formatDifference(b.value - a.value, s);
    if (a.kind === 'percent' && b.kind === 'percent') notes.push(`B − A = ${fillTemplate(c.points, { d: difference })}`);
    else notes.push(`B − A = ${difference}` + (a.value ? ` (${percent(PERCENT.format((100 * (b.value - a.value)) / Math.abs(a.value)))})` : ''));
    if ((a.unit ?? '') !== (b.unit ?? '')) notes.push(c.unitsDiffer);
  }
  return `<p class="pair-meta">${escapeHtml(notes.join(' · '))}</p>`;
}

/** A comparison longer than this opens only its first group; the others open from their counts or headings. */
const OPEN_ALL_UP_TO = 30;

function renderGroup(status: PairStatus, pairs: readonly ClaimPair[], open: boolean, claimOf: (r: ClaimRecord) => number | undefined, s: ReportStrings): string {
  const items = pairs.map((p) => `<li class="pair">${renderSide('A', p.a, claimOf, s)}${renderSide('B', p.b, claimOf, s)}${renderDifference(p, s)}</li>`);
  return `<details class="status-group s-${status}" id="status-${status}"${open ? ' open' : ''}>`
    + `<summary><h3>${escapeHtml(s.comparison.statuses[status])} (${formatCount(pairs.length, s)})</h3></summary>`
    + `<p class="muted">${escapeHtml(s.comparison.help[status])}</p><ol class="pairs">${items.join('')}</ol></details>`;
}

/**
 * The comparison of two documents: counts per status, then the pairs grouped by status,
 * disagreements first because they are what a fact-checker is looking for. `claimOf` finds a
 * paired claim among the report's claims, so its "show in text" button can jump to it;
 * `titleOf` names a document as the rest of the page does. A long comparison keeps the page
 * short: the groups after the first start closed and each scrolls in its own box.
 */
export function renderComparison(comparison: Comparison, claimOf: (r: ClaimRecord) => number | undefined, titleOf: (name: string) => string, s: ReportStrings): string {
  const byStatus = new Map<PairStatus, ClaimPair[]>(PAIR_STATUSES.map((st) => [st, []]));
  for (const pair of comparison.pairs) byStatus.get(pair.status)?.push(pair);
  // A plan's statuses are counted where the documents hold a plan and its result; the others always.
  const counted = PAIR_STATUSES.filter((st) => !PLAN_STATUSES.has(st) || byStatus.get(st)!.length);
  const counts = counted.map((st) =>
    `<li class="s-${st}"><a href="#status-${st}">${escapeHtml(s.comparison.statuses[st])}</a> <b>${formatCount(byStatus.get(st)!.length, s)}</b></li>`);
  const present = PAIR_STATUSES.filter((st) => byStatus.get(st)!.length);
  const openAll = comparison.pairs.length <= OPEN_ALL_UP_TO;
  const groups = present.map((st, i) => renderGroup(st, byStatus.get(st)!, openAll || i === 0, claimOf, s));
  return `<section id="comparison" class="comparison"><h2>${escapeHtml(s.sections.comparison)}</h2>`
    + `<p>A: <b title="${escapeHtml(comparison.a)}">${escapeHtml(titleOf(comparison.a))}</b> · B: <b title="${escapeHtml(comparison.b)}">${escapeHtml(titleOf(comparison.b))}</b></p>`
    + `<ul class="status-counts">${counts.join('')}</ul>${groups.join('')}</section>`;
}
