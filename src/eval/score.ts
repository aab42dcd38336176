import { METRIC_KINDS, type ClaimRecord } from '../types.js';
import { STATUSES, type GoldClaim } from './gold.js';

/** A gold document and what the extractor found in it. */
export interface ScoredDocument {
  name: string;
  text: string;
  gold: readonly GoldClaim[];
  predicted: readonly ClaimRecord[];
}

export interface Prf {
  P: number;
  R: number;
  F1: number;
}

/** The figures of SPEC §7, with the same names and meanings as the reference scorer's `--json`. */
export interface Score {
  docs: number;
  gold: number;
  pred: number;
  detection: Prf;
  strict: Prf;
  valueAcc: number;
  kindAcc: number;
  qualifierAcc: number;
  unitF1: number;
  unitExact: number;
  changeAcc: number | null;
  changeN: number;
  statusAcc: number | null;
  statusN: number;
  /** Precision and recall of each status but `actual`, over matched claims whose gold has a status. */
  status: Record<string, Prf & { gold: number }>;
  timeF1: number | null;
  timeN: number;
  sourceF1: number | null;
  sourceN: number;
  subjectF1: number | null;
  subjectN: number;
  perKind: Record<string, { gold: number; strict: number }>;
  /** MISS / EXTRA / WRONG / QUAL / UNIT / CHANGE lines in context, for `--verbose`. */
  errors: string[];
}

const UNIT_SCORED = new Set(['count', 'ratio', 'money', 'measure']);
const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const optEq = (gold: number | null | undefined, pred: number | null) => gold == null || near(pred, gold);

const tokens = (s: string | null | undefined) =>
  (s ?? '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean)
    .map((t) => t.replace(/^0+(?=\d)/, '')); // `01/2017` and `1/2017` are the same month

/** Token F1 of two units, over lower-cased letter-and-digit tokens. */
export function tokenF1(pred: string | null | undefined, gold: string | null | undefined): number {
  const p = tokens(pred);
  const g = tokens(gold);
  if (!p.length && !g.length) return 1;
  if (!p.length || !g.length) return 0;
  const bag = new Map<string, number>();
  for (const t of g) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    if ((bag.get(t) ?? 0) > 0) {
      common++;
      bag.set(t, bag.get(t)! - 1);
    }
  }
  if (!common) return 0;
  const P = common / p.length, R = common / g.length;
  return (2 * P * R) / (P + R);
}

/** One-to-one matching by overlapping spans, preferring pairs that agree on the value, then larger overlap. */
export function matchClaims(golds: readonly GoldClaim[], preds: readonly ClaimRecord[]) {
  const pairs: { pi: number; gi: number; score: number }[] = [];
  preds.forEach((p, pi) => golds.forEach((g, gi) => {
    const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
    if (overlap > 0) pairs.push({ pi, gi, score: (near(p.value, g.value) ? 1e6 : 0) + overlap });
  }));
  pairs.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>(), usedG = new Set<number>();
  const matched: [ClaimRecord, GoldClaim][] = [];
  for (const { pi, gi } of pairs) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    matched.push([preds[pi]!, golds[gi]!]);
  }
  return { matched, fp: preds.filter((_, i) => !usedP.has(i)), fn: golds.filter((_, i) => !usedG.has(i)) };
}

const prf = (tp: number, np: number, ng: number): Prf => {
  const P = np ? tp / np : 1, R = ng ? tp / ng : 1;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
};

/** Scores predictions against gold exactly as SPEC §7 and the reference scorer do. */
export function scoreDocuments(documents: readonly ScoredDocument[]): Score {
  const t = { gold: 0, pred: 0, tp: 0, strict: 0, value: 0, kind: 0, qual: 0, unitN: 0, unitF1: 0, unitExact: 0, changeN: 0, change: 0,
    statusN: 0, status: 0, timeN: 0, timeF1: 0, sourceN: 0, sourceF1: 0, subjectN: 0, subjectF1: 0 };
  const byStatus = Object.fromEntries(STATUSES.map((k) => [k, { gold: 0, pred: 0, tp: 0 }]));
  const perKind: Score['perKind'] = {};
  const errors: string[] = [];
  const metric = new Set<string>(METRIC_KINDS);
  for (const doc of documents) {
    const { name, text, gold: golds } = doc;
    const preds = doc.predicted.filter((r) => metric.has(r.kind));
    const { matched, fp, fn } = matchClaims(golds, preds);
    t.gold += golds.length;
    t.pred += preds.length;
    t.tp += matched.length;
    const ctx = (s: number, e: number) => text.slice(Math.max(0, s - 30), e + 40).replace(/\s+/g, ' ');
    for (const g of golds) (perKind[g.kind] ??= { gold: 0, strict: 0 }).gold++;
    for (const [p, g] of matched) {
      const okV = near(p.value, g.value) && optEq(g.value_max, p.value_max) && optEq(g.denominator, p.denominator);
      const okK = p.kind === g.kind;
      const okQ = (p.qualifier ?? null) === (g.qualifier ?? null);
      t.value += +okV;
      t.kind += +okK;
      t.qual += +okQ;
      const slash = (x: number | null | undefined) => (x ? `/${x}` : '');
      if (okV && okK) {
        t.strict++;
        perKind[g.kind]!.strict++;
      } else errors.push(`WRONG ${name}: "${ctx(g.start, g.end)}" gold ${g.kind} ${g.value}${slash(g.denominator)} pred ${p.kind} ${p.value}${slash(p.denominator)}`);
      if ('change' in g) {
        const okC = (p.change ?? null) === (g.change ?? null);
        t.changeN++;
        t.change += +okC;
        if (!okC) errors.push(`CHANGE ${name}: "${ctx(g.start, g.end)}" gold ${g.change ?? null} pred ${p.change ?? null}`);
      }
      const said = p as ClaimRecord & { status?: string; time?: string | null; source?: string | null };
      if (g.status !== undefined) {
        const ps = said.status ?? 'actual';
        const okS = ps === g.status;
        t.statusN++;
        t.status += +okS;
        byStatus[g.status]!.gold++;
        if (byStatus[ps]) byStatus[ps].pred++;
        if (okS) byStatus[g.status]!.tp++;
        if (!okS) errors.push(`STATUS ${name}: "${ctx(g.start, g.end)}" gold ${g.status} pred ${ps}`);
      }
      for (const key of ['time', 'source'] as const) {
        if (!(key in g)) continue;
        const f = g[key] == null && said[key] == null ? 1 : tokenF1(said[key], g[key]);
        if (key === 'time') (t.timeN++, (t.timeF1 += f));
        else (t.sourceN++, (t.sourceF1 += f));
        if (f < 1) errors.push(`${key.toUpperCase().padEnd(6)}${name}: "${ctx(g.start, g.end)}" gold ${JSON.stringify(g[key] ?? null)} pred ${JSON.stringify(said[key] ?? null)}`);
      }
      if (g.subject != null) {
        const f = tokenF1(p.subject, g.subject);
        t.subjectN++;
        t.subjectF1 += f;
        if (f < 0.5) errors.push(`SUBJ  ${name}: "${ctx(g.start, g.end)}" gold ${JSON.stringify(g.subject)} pred ${JSON.stringify(p.subject ?? null)}`);
      }
      if (!okQ) errors.push(`QUAL  ${name}: "${ctx(g.start, g.end)}" gold ${g.qualifier ?? null} pred ${p.qualifier ?? null}`);
      if (g.unit != null && UNIT_SCORED.has(g.kind)) {
        const f = tokenF1(p.unit, g.unit);
        t.unitN++;
        t.unitF1 += f;
        t.unitExact += +(f === 1);
        if (f < 1) errors.push(`UNIT  ${name}: "${ctx(g.start, g.end)}" gold "${g.unit}" pred "${p.unit ?? ''}"`);
      }
    }
    for (const g of fn) errors.push(`MISS  ${name}: "${ctx(g.start, g.end)}" (${g.kind} ${g.value})`);
    for (const p of fp) errors.push(`EXTRA ${name}: "${ctx(p.start, p.end)}" (${p.kind} ${p.value})`);
  }
  return {
    docs: documents.length, gold: t.gold, pred: t.pred,
    detection: prf(t.tp, t.pred, t.gold), strict: prf(t.strict, t.pred, t.gold),
    valueAcc: t.tp ? t.value / t.tp : 0, kindAcc: t.tp ? t.kind / t.tp : 0, qualifierAcc: t.tp ? t.qual / t.tp : 0,
    unitF1: t.unitN ? t.unitF1 / t.unitN : 0, unitExact: t.unitN ? t.unitExact / t.unitN : 0,
    changeAcc: t.changeN ? t.change / t.changeN : null, changeN: t.changeN,
    statusAcc: t.statusN ? t.status / t.statusN : null, statusN: t.statusN,
    status: Object.fromEntries(STATUSES.filter((k) => k !== 'actual').map((k) => [k, { gold: byStatus[k]!.gold, ...prf(byStatus[k]!.tp, byStatus[k]!.pred, byStatus[k]!.gold) }])),
    timeF1: t.timeN ? t.timeF1 / t.timeN : null, timeN: t.timeN,
    sourceF1: t.sourceN ? t.sourceF1 / t.sourceN : null, sourceN: t.sourceN,
    subjectF1: t.subjectN ? t.subjectF1 / t.subjectN : null, subjectN: t.subjectN,
    perKind, errors,
  };
}

/** The report as the reference scorer prints it (`--verbose` adds the error lines first). */
export function formatScore(r: Score, verbose = false): string {
  const f = (x: number) => x.toFixed(3);
  const lines = verbose ? [...r.errors] : [];
  lines.push(`docs ${r.docs}  gold ${r.gold}  predicted ${r.pred}`);
  lines.push(`detection  P ${f(r.detection.P)}  R ${f(r.detection.R)}  F1 ${f(r.detection.F1)}`);
  lines.push(`value ${f(r.valueAcc)}  kind ${f(r.kindAcc)}  qualifier ${f(r.qualifierAcc)}  unit tokenF1 ${f(r.unitF1)} exact ${f(r.unitExact)}`);
  if (r.changeN) lines.push(`change ${f(r.changeAcc ?? 0)} over ${r.changeN} claims with a gold change`);
  if (r.statusN) lines.push(`status ${f(r.statusAcc ?? 0)} over ${r.statusN} claims; ` + Object.entries(r.status).map(([k, v]) => `${k} (gold ${v.gold}) P ${f(v.P)} R ${f(v.R)} F1 ${f(v.F1)}`).join('; '));
  if (r.subjectN) lines.push(`subject tokenF1 ${f(r.subjectF1 ?? 0)} over ${r.subjectN} claims with a gold subject`);
  if (r.timeN) lines.push(`time tokenF1 ${f(r.timeF1 ?? 0)} over ${r.timeN}; source tokenF1 ${r.sourceN ? f(r.sourceF1 ?? 0) : '-'} over ${r.sourceN}`);
  for (const [k, v] of Object.entries(r.perKind)) lines.push(`  ${k.padEnd(8)} gold ${String(v.gold).padStart(4)}  strict recall ${f(v.strict / v.gold)}`);
  lines.push(`strict F1 ${f(r.strict.F1)}  (P ${f(r.strict.P)} R ${f(r.strict.R)})`);
  return `${lines.join('\n')}\n`;
}
