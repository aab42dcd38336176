import type { ReportData } from './data.js';
import { escapeHtml } from './html.js';
import { kindClass } from './kinds.js';
import { fillTemplate, formatCount, labelOf, unitLabel, type ReportStrings } from './strings/index.js';

const TOP_UNITS = 10;

interface Bar {
  label: string;
  count: number;
  className: string;
}

// Plain CSS bars rather than SVG: they reflow on a phone, print as they look, and a label of
// any length wraps instead of being cut off. Widths are relative to the longest bar.
function renderBars(title: string, bars: readonly Bar[], s: ReportStrings): string {
  const max = bars.reduce((most, b) => Math.max(most, b.count), 1);
  const rows = bars.map((b) => `<li><span class="bar-label">${escapeHtml(b.label)}</span>`
    + `<span class="bar-track"><span class="bar ${b.className}" style="width:${((100 * b.count) / max).toFixed(1)}%"></span></span>`
    + `<span class="bar-count">${formatCount(b.count, s)}</span></li>`);
  const body = rows.length ? `<ul class="bars">${rows.join('')}</ul>` : `<p class="muted">${escapeHtml(s.charts.noClaims)}</p>`;
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>${body}</figure>`;
}

/** Two bar charts over all the report's claims: how many of each kind, and the top normalised units. */
export function renderCharts(data: Pick<ReportData, 'kinds' | 'units'>, s: ReportStrings): string {
  const kinds = data.kinds.map(([kind, count]) => ({ label: labelOf(s.kinds, kind), count, className: kindClass(kind) }));
  const units = data.units.slice(0, TOP_UNITS)
    .map(([unit, count]) => ({ label: unit === null ? s.filters.noUnit : unitLabel(unit, s), count, className: 'unit-bar' }));
  return `<div class="charts">${renderBars(s.charts.byKind, kinds, s)}${renderBars(fillTemplate(s.charts.topUnits, { n: TOP_UNITS }), units, s)}</div>`;
}
