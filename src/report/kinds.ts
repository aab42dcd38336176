import { ALL_KINDS, type Kind } from '../types.js';
import { classToken, escapeHtml } from './html.js';
import { formatCount, labelOf, type ReportStrings } from './strings/index.js';

/**
 * Colours of the kinds: the hues of the terminal table (`colorOfKind`: count cyan, percent
 * magenta, ratio blue, rank yellow, money green, measure red, date and reference grey), as a
 * strong ink for borders and bars and a pale tint behind highlighted text, so black text
 * stays readable on every highlight. A `Record<Kind, …>` so a new kind cannot go uncoloured.
 */
export const KIND_COLORS: Record<Kind, { ink: string; tint: string }> = {
  count: { ink: '#0e7490', tint: '#cff7fe' },
  percent: { ink: '#a21caf', tint: '#fae8ff' },
  ratio: { ink: '#1d4ed8', tint: '#dbeafe' },
  rank: { ink: '#a16207', tint: '#fef3a0' },
  money: { ink: '#15803d', tint: '#dcfce7' },
  measure: { ink: '#b91c1c', tint: '#fee2e2' },
  date: { ink: '#4b5563', tint: '#e5e7eb' },
  reference: { ink: '#57534e', tint: '#ece9e6' },
};

/** The CSS class of a kind; records read back from JSON may carry any string. */
export const kindClass = (kind: string): string => `k-${classToken(kind)}`;

/** Kinds in the order SPEC §1 lists them, then any unknown ones, each with how many claims have it. */
export function countKinds(kinds: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const known = ALL_KINDS.filter((k) => counts.has(k));
  const unknown = [...counts.keys()].filter((k) => !(ALL_KINDS as readonly string[]).includes(k));
  return [...known, ...unknown].map((k) => [k, counts.get(k)!]);
}

/** The colour key shown above the texts: one swatch per kind present. */
export function renderLegend(kinds: readonly [string, number][], s: ReportStrings): string {
  const items = kinds.map(([kind, n]) =>
    `<li><span class="swatch ${kindClass(kind)}"></span>${escapeHtml(labelOf(s.kinds, kind))} <span class="muted">(${formatCount(n, s)})</span></li>`);
  return `<ul class="legend" aria-label="${escapeHtml(s.texts.legend)}">${items.join('')}</ul>`;
}
