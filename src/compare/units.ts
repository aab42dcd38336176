import type { ClaimRecord } from '../types.js';

/**
 * A unit as compared: lower case, NFC, no spaces. The extractor already spells each unit one way
 * (`units/measures.tsv`: `m²` and `mét vuông` are `m2`, `hecta` is `ha`); this only evens out case
 * and spacing. Not a conversion: `km` and `m` stay apart.
 */
export const normalUnit = (unit: string | null): string => (unit ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, '');

/** The head word of a counted unit: "chỗ ngồi" and "chỗ" count seats; "làn xe" and "làn xe cao tốc" lanes. */
const headOf = (unit: string | null) => (unit ?? '').normalize('NFC').toLowerCase().trim().split(/\s+/)[0] ?? '';

/**
 * Whether two claims can be about one thing as far as their units go (issue #13: compatible
 * units before anything else): a percentage with a percentage; money in one currency and per the
 * same thing (`đồng/xe` is not `đồng/lít`; a side that leaves the "per" out may be either); a
 * measure in the same unit; a count of the same head noun, or one counted noun within the other.
 */
export function compatibleUnits(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.kind !== b.kind) return false;
  if ((a.lang ?? 'vi') !== (b.lang ?? 'vi')) return true; // across languages the unit is rendered, not spelled alike
  switch (a.kind) {
    case 'percent':
    case 'rank':
      return true;
    case 'money': {
      // Per the same thing, or one side leaves the "per" out ("17.063 đồng" of a litre's price).
      const [pa, pb] = [perOf(a.unit), perOf(b.unit)];
      return (a.currency ?? '') === (b.currency ?? '') && (pa === pb || !pa || !pb);
    }
    case 'measure':
      return normalUnit(a.unit) === normalUnit(b.unit);
    default: {
      if ((a.unit === null) !== (b.unit === null)) return false;
      // The same head noun, or one unit within the other ("giải nhất", "người trúng giải Nhất").
      const [ua, ub] = [spaced(a.unit), spaced(b.unit)];
      return headOf(a.unit) === headOf(b.unit) || ua.includes(ub) || ub.includes(ua);
    }
  }
}

const spaced = (unit: string | null) => ` ${(unit ?? '').normalize('NFC').toLowerCase().trim()} `;

/** What an amount is per (`đồng/lít` → `lít`), or ''. */
const perOf = (unit: string | null) => normalUnit(unit).split('/').slice(1).join('/');
