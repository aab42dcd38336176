import { PAIR_STATUSES, type ClaimPair, type Comparison, type PairStatus } from '../compare/types.js';
import type { ClaimRecord } from '../types.js';
import { formatValue } from '../writers/table.js';
import { escapeHtml } from './html.js';
import { kindClass } from './kinds.js';

const STATUS_LABELS: Record<PairStatus, string> = {
  disagree: 'Disagree',
  rounded: 'Rounded',
  agree: 'Agree',
  consistent: 'Consistent with a bound',
  'target-met': 'Target met',
  'target-missed': 'Target missed',
  'forecast-met': 'Forecast came true',
  'forecast-missed': 'Forecast missed',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};

// One line under each heading, so a reader new to the report knows what the group means.
const STATUS_HELP: Record<PairStatus, string> = {
  disagree: 'The same thing with a different value.',
  rounded: 'The same value, within the precision one side states it with.',
  agree: 'The same thing with the same value.',
  consistent: "One side's bound, range or approximation holds the other's figure.",
  'target-met': 'A target on one side and the result on the other: the result reached it.',
  'target-missed': 'A target on one side and the result on the other: the result fell short.',
  'forecast-met': 'A forecast on one side and the result on the other: it came true.',
  'forecast-missed': 'A forecast on one side and the result on the other: it did not.',
  'only-a': 'Claims of A with no counterpart in B.',
  'only-b': 'Claims of B with no counterpart in A.',
};

const PLAN_STATUSES = new Set<PairStatus>(['target-met', 'target-missed', 'forecast-met', 'forecast-missed']);

const SIGNED = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, signDisplay: 'exceptZero' });
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

function renderSide(tag: 'A' | 'B', r: ClaimRecord | null, claimOf: (r: ClaimRecord) => number | undefined): string {
  if (!r) return `<div class="side side-empty"><span class="side-tag">${tag}</span> <span class="muted">no counterpart</span></div>`;
  const claim = claimOf(r);
  const goto = claim === undefined
    ? `<span class="muted">line ${escapeHtml(r.line)}</span>`
    : `<button type="button" class="goto" data-claim="${claim}">line ${escapeHtml(r.line)} · show in text</button>`;
  return `<div class="side"><p><span class="side-tag">${tag}</span> <span class="pair-value">${escapeHtml(formatValue(r))}</span> `
    + `<span class="pair-unit">${escapeHtml(r.unit ?? '')}</span> <span class="kind-chip ${kindClass(String(r.kind))}">${escapeHtml(r.kind)}</span>`
    + (r.qualifier ? ` <span class="muted">${escapeHtml(r.qualifier)}</span>` : '')
    + `</p><blockquote>${renderSentence(r)}</blockquote>${goto}</div>`;
}

// What a fact-checker asks first about two different numbers: by how much, and are the units the same.
function renderDifference(pair: ClaimPair): string {
  const notes = [`similarity ${Math.round(pair.similarity * 100)}%`, ...(pair.why ? [pair.why] : [])];
  const { a, b } = pair;
  if (a && b && pair.status !== 'agree') {
    notes.push(`B − A = ${SIGNED.format(b.value - a.value)}` + (a.value ? ` (${PERCENT.format((100 * (b.value - a.value)) / Math.abs(a.value))}%)` : ''));
    if ((a.unit ?? '') !== (b.unit ?? '')) notes.push('units differ');
  }
  return `<p class="pair-meta">${escapeHtml(notes.join(' · '))}</p>`;
}

function renderGroup(status: PairStatus, pairs: readonly ClaimPair[], claimOf: (r: ClaimRecord) => number | undefined): string {
  const items = pairs.map((p) => `<li class="pair">${renderSide('A', p.a, claimOf)}${renderSide('B', p.b, claimOf)}${renderDifference(p)}</li>`);
  return `<section class="status-group s-${status}" id="status-${status}"><h3>${STATUS_LABELS[status]} (${pairs.length})</h3>`
    + `<p class="muted">${STATUS_HELP[status]}</p><ol class="pairs">${items.join('')}</ol></section>`;
}

/**
 * The comparison of two documents: counts per status, then the pairs grouped by status,
 * disagreements first because they are what a fact-checker is looking for. `claimOf` finds a
 * paired claim among the report's claims, so its "show in text" button can jump to it.
 */
export function renderComparison(comparison: Comparison, claimOf: (r: ClaimRecord) => number | undefined): string {
  const byStatus = new Map<PairStatus, ClaimPair[]>(PAIR_STATUSES.map((s) => [s, []]));
  for (const pair of comparison.pairs) byStatus.get(pair.status)?.push(pair);
  // A plan's statuses are counted where the documents hold a plan and its result; the others always.
  const counted = PAIR_STATUSES.filter((s) => !PLAN_STATUSES.has(s) || byStatus.get(s)!.length);
  const counts = counted.map((s) =>
    `<li class="s-${s}"><a href="#status-${s}">${STATUS_LABELS[s]}</a> <b>${byStatus.get(s)!.length}</b></li>`);
  const groups = PAIR_STATUSES.filter((s) => byStatus.get(s)!.length).map((s) => renderGroup(s, byStatus.get(s)!, claimOf));
  return `<section id="comparison" class="comparison"><h2>Comparison</h2>`
    + `<p>A: <b>${escapeHtml(comparison.a)}</b> · B: <b>${escapeHtml(comparison.b)}</b></p>`
    + `<ul class="status-counts">${counts.join('')}</ul>${groups.join('')}</section>`;
}
