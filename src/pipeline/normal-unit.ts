import type { Lexicon } from '../lexicon/lexicon.js';
import type { Kind } from '../types.js';
import { collapseSpaces } from './scope.js';

/**
 * A record's `unit_norm` (issue #14): its unit in one canonical form, the written unit kept in
 * `unit`. A measure's unit and each unit it is per (`km/giờ` → `km/h`) as `units/measures.tsv`
 * spells it, then as `units/normal-forms.tsv` writes it (`mét` → `m`, `m2` → `m²`, `tháng` →
 * `month`); money as its ISO 4217 code and what it is per (`đồng/lít` → `VND/L`); a
 * percentage `%`; a count or ratio its counted noun as written. Null with no unit.
 */
export function normalUnit(kind: Kind, unit: string | null, currency: string | null, lexicon: Lexicon): string | null {
  if (unit === null) return null;
  if (kind === 'count' || kind === 'ratio' || kind === 'rank' || kind === 'date' || kind === 'reference') return unit;
  // A measure written with a slash of its own ("km/h", "m/s", "vòng/phút") is one unit first.
  const whole = kind === 'measure' ? measureNorm(unit, lexicon) : null;
  if (whole !== null) return whole;
  // Most units are per nothing ("tỷ đồng", "%"): their head alone, no list of parts made and joined.
  const slash = unit.indexOf('/');
  const first = slash === -1 ? unit : unit.slice(0, slash);
  const head = kind === 'money' && currency ? currency : kind === 'percent' ? '%' : measureNorm(first, lexicon) ?? first;
  if (slash === -1) return head;
  return [head, ...unit.slice(slash + 1).split('/').map((per) => measureNorm(per, lexicon) ?? per.trim())].join('/');
}

/** The canonical form of a unit the measures table knows as a whole phrase, or null. */
function measureNorm(written: string, lexicon: Lexicon): string | null {
  const w = collapseSpaces(written.trim());
  const unit = lexicon.measureSpellings.get(w) ?? lexicon.measureSpellings.get(w.toLowerCase());
  return unit === undefined ? null : lexicon.normalForms.get(unit) ?? unit;
}
