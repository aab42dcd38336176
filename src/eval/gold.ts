import { SolieuError } from '../errors.js';
import { METRIC_KINDS, QUALIFIERS, type MetricKind, type Qualifier } from '../types.js';

/** SPEC §3b statuses, in the reference scorer's order. */
export const STATUSES = ['actual', 'target', 'forecast', 'rule'] as const;
export type Status = (typeof STATUSES)[number];

/** One gold claim (SPEC §6), placed in its text. */
export interface GoldClaim {
  num: string;
  occ?: number;
  kind: MetricKind;
  value: number;
  value_max?: number | null;
  denominator?: number | null;
  unit?: string | null;
  subject?: string | null;
  qualifier?: Qualifier | null;
  change?: 'up' | 'down' | null;
  /** SPEC §3b: what the figure is (a result, a plan, a prediction, a legal limit), for when, says who. */
  status?: Status;
  time?: string | null;
  source?: string | null;
  start: number;
  end: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);

/**
 * Where `num` stands alone in `text` (SPEC §6): not inside a longer word or number — "27" is
 * not found inside "27/27", "10/11/2021", "1.270" or "A27".
 */
export function occurrences(text: string, num: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(num); i !== -1; i = text.indexOf(num, i + 1)) {
    const a = text[i - 1], aa = text[i - 2], z = text[i + num.length], zz = text[i + num.length + 1];
    if (isWordChar(num[0]) && isWordChar(a)) continue;
    if (isDigit(num[0]) && /[.,/:-]/.test(a ?? '') && isDigit(aa)) continue;
    if (isWordChar(num[num.length - 1]) && (isWordChar(z) || z === '%')) continue;
    if (isDigit(num[num.length - 1]) && /[.,/:-]/.test(z ?? '') && isDigit(zz)) continue;
    out.push(i);
  }
  return out;
}

/** Parses a gold file's JSON Lines (blank lines and `//` comments skipped). */
export function parseGold(content: string, where: string): Omit<GoldClaim, 'start' | 'end'>[] {
  const out: Omit<GoldClaim, 'start' | 'end'>[] = [];
  content.split('\n').forEach((raw, k) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    try {
      out.push(JSON.parse(line));
    } catch (error) {
      throw new SolieuError('INVALID_GOLD', `${where}:${k + 1}: ${(error as Error).message}`, where);
    }
  });
  return out;
}

/** Places each gold claim at its occurrence in `text`, checking kinds, qualifiers and values. */
export function resolveGold(text: string, gold: readonly Omit<GoldClaim, 'start' | 'end'>[], where: string): GoldClaim[] {
  return gold.map((g, k) => {
    const at = `${where}#${k + 1} ${JSON.stringify(g.num)}`;
    const fail = (message: string): never => {
      throw new SolieuError('INVALID_GOLD', `${at}: ${message}`, where);
    };
    if (typeof g.num !== 'string' || !g.num) fail('"num" must be a non-empty string');
    if (!(METRIC_KINDS as readonly string[]).includes(g.kind)) fail(`unknown kind ${g.kind}`);
    if (!([null, ...QUALIFIERS] as readonly (string | null)[]).includes(g.qualifier ?? null)) fail(`unknown qualifier ${g.qualifier}`);
    if ('status' in g && !(STATUSES as readonly unknown[]).includes(g.status)) fail(`unknown status ${g.status}`);
    if (typeof g.value !== 'number') fail('value must be a number');
    const found = occurrences(text, g.num.normalize('NFC'));
    const n = g.occ ?? 1;
    if (n < 1 || n > found.length) fail(`occurrence ${n} asked, ${found.length} found`);
    const start = found[n - 1]!;
    return { ...g, start, end: start + g.num.length };
  });
}
