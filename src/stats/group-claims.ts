import { SolieuError } from '../errors.js';
import type { ClaimRecord } from '../types.js';

/** What claims can be grouped by. */
export const GROUP_KEYS = ['kind', 'unit_norm', 'unit', 'status', 'file', 'doc_id'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** One group: its key values, how many claims and documents, and — per unit — the values' sum, least, greatest and mean. */
export interface ClaimGroup {
  keys: Partial<Record<GroupKey, string | number | null>>;
  claims: number;
  documents: number;
  /**
   * Only when grouping by unit: a sum over different units means nothing. Never for
   * percentages: 53 % of one thing and 47 % of another add up to nothing (their range and
   * mean say what there is to say).
   */
  sum: number | null;
  min: number | null;
  max: number | null;
  mean: number | null;
}

/** Checks a `--group-by` list ("kind,unit"); throws `INVALID_OPTION` naming the first unknown key. */
export function parseGroupKeys(list: string): GroupKey[] {
  const keys = list.split(',').map((k) => k.trim()).filter(Boolean);
  if (!keys.length) throw new SolieuError('INVALID_OPTION', 'option `--group-by` must name at least one key, got ""');
  for (const k of keys) {
    if (!(GROUP_KEYS as readonly string[]).includes(k)) {
      throw new SolieuError('INVALID_OPTION', `option \`--group-by\` must list keys of ${GROUP_KEYS.join(', ')}, got "${k}"`);
    }
  }
  return [...new Set(keys)] as GroupKey[];
}

const tidy = (n: number) => (Number.isInteger(n) ? n : Number(n.toPrecision(12)));

/**
 * Claim counts per group across documents, added one document at a time (memory grows with
 * the number of groups, not of claims). Groups come out with the most claims first.
 */
export class ClaimGrouper {
  /** Besides the group: the last document counted, the running total (for the mean), whether a percentage is in it. */
  private readonly groups = new Map<string, ClaimGroup & { lastDocument: number; total: number; percent: boolean }>();
  private documentIndex = 0;
  private readonly sums: boolean;

  constructor(private readonly keys: readonly GroupKey[]) {
    this.sums = keys.includes('unit') || keys.includes('unit_norm');
  }

  addDocument(records: readonly ClaimRecord[]): void {
    const doc = ++this.documentIndex;
    for (const r of records) {
      const values = this.keys.map((k) => r[k] ?? null);
      const id = JSON.stringify(values);
      let g = this.groups.get(id);
      if (!g) {
        g = { keys: Object.fromEntries(this.keys.map((k, i) => [k, values[i]])), claims: 0, documents: 0, sum: null, min: null, max: null, mean: null, lastDocument: 0, total: 0, percent: false };
        this.groups.set(id, g);
      }
      g.claims++;
      if (g.lastDocument !== doc) {
        g.documents++;
        g.lastDocument = doc;
      }
      if (this.sums) {
        g.total += r.value;
        g.percent ||= r.kind === 'percent';
        g.sum = g.percent ? null : (g.sum ?? 0) + r.value;
        g.min = g.min === null ? r.value : Math.min(g.min, r.value);
        g.max = g.max === null ? r.value : Math.max(g.max, r.value);
      }
    }
  }

  result(): ClaimGroup[] {
    const key = (g: ClaimGroup) => JSON.stringify(this.keys.map((k) => g.keys[k]));
    return [...this.groups.values()]
      .map(({ lastDocument: _, total, percent: __, ...g }) => ({ ...g, sum: g.sum === null ? null : tidy(g.sum), mean: this.sums ? tidy(total / g.claims) : null }))
      .sort((a, b) => b.claims - a.claims || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
}
