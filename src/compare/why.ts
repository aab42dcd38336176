import type { ClaimFeatures } from './similarity.js';
import type { PairStatus } from './types.js';

/** Words shown of what two claims share: enough to see why, short enough to read. */
const SHOWN_WORDS = 6;

const VALUE_RULES: Partial<Record<PairStatus, string>> = {
  agree: 'same figure',
  rounded: 'one rounds the other',
  consistent: "within the other's bound",
  disagree: 'different figures',
  'target-met': 'result reaches the target',
  'target-missed': 'result short of the target',
  'forecast-met': 'forecast came true',
  'forecast-missed': 'forecast missed',
};

/**
 * Why two claims were paired and judged so, for a reader who checks the pairing (issue #13):
 * the unit, the words of their subjects or contexts they share, and the value rule — e.g.
 * `unit đồng/lít · shared: xăng, ron, 92 · same figure`.
 */
export function whyPaired(a: ClaimFeatures, b: ClaimFeatures, status: PairStatus): string {
  const unit = a.record.unit ?? b.record.unit;
  const shared = [...a.near].filter((w) => b.near.has(w) && w.length > 1).slice(0, SHOWN_WORDS);
  return [unit ? `unit ${unit}` : null, shared.length ? `shared: ${shared.join(', ')}` : null, VALUE_RULES[status] ?? status].filter(Boolean).join(' · ');
}
