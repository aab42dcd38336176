import { describe, expect, it } from 'vitest';
import { bestPairs, greedy, MAX_EXACT_CELLS, type Edge } from '../src/compare/assignment.js';

// Issue #13: pairing is one-to-one and global. The most alike pair first can take the claim
// another pair needed; the best pairing as a whole does not.
const total = (edges: readonly Edge[]) => edges.reduce((sum, e) => sum + e.score, 0);
const key = (edges: readonly Edge[]) => edges.map((e) => `${e.i}-${e.j}`).sort().join(' ');

/** The best total by trying every pairing: the reference for small random groups. */
function bruteForce(edges: readonly Edge[]): number {
  let best = 0;
  const walk = (k: number, rows: Set<number>, cols: Set<number>, sum: number) => {
    if (k === edges.length) return void (best = Math.max(best, sum));
    walk(k + 1, rows, cols, sum);
    const e = edges[k]!;
    if (rows.has(e.i) || cols.has(e.j)) return;
    walk(k + 1, new Set(rows).add(e.i), new Set(cols).add(e.j), sum + e.score);
  };
  walk(0, new Set(), new Set(), 0);
  return best;
}

describe('compare: the pairing of largest total score', () => {
  it('gives up the most alike pair when two pairs together are worth more', () => {
    // A0 is most like B0 (0.80), but A1 is like B0 only (0.79) and A0 also like B1 (0.78).
    const edges = [{ i: 0, j: 0, score: 0.8 }, { i: 1, j: 0, score: 0.79 }, { i: 0, j: 1, score: 0.78 }];
    expect(key(greedy(edges))).toBe('0-0');
    expect(key(bestPairs(edges))).toBe('0-1 1-0');
  });

  it('keeps the most alike pair when nothing else competes for it', () => {
    const edges = [{ i: 0, j: 0, score: 0.9 }, { i: 1, j: 1, score: 0.5 }, { i: 1, j: 0, score: 0.4 }];
    expect(key(bestPairs(edges))).toBe('0-0 1-1');
  });

  it('pairs nothing that is no candidate, and nothing from no candidates', () => {
    expect(bestPairs([])).toEqual([]);
    // Two rows that want the same column: one pair, never one row with a column it was not offered.
    expect(key(bestPairs([{ i: 0, j: 5, score: 0.6 }, { i: 3, j: 5, score: 0.7 }]))).toBe('3-5');
  });

  it('finds the best total on random groups, each claim once (checked against trying every pairing)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const edges: Edge[] = [];
      for (let i = 0; i < 5; i++) for (let j = 0; j < 4; j++) if (random() < 0.45) edges.push({ i, j, score: Number((0.35 + random() * 0.65).toFixed(3)) });
      const pairs = bestPairs(edges);
      expect(new Set(pairs.map((e) => e.i)).size).toBe(pairs.length);
      expect(new Set(pairs.map((e) => e.j)).size).toBe(pairs.length);
      for (const p of pairs) expect(edges).toContainEqual(p);
      expect(total(pairs)).toBeCloseTo(bruteForce(edges), 9);
      expect(total(pairs)).toBeGreaterThanOrEqual(total(greedy(edges)) - 1e-9);
    }
  });

  it('falls back to the greedy pairing past the size where the exact method costs too much', () => {
    const side = Math.ceil(Math.sqrt(MAX_EXACT_CELLS)) + 1;
    const edges: Edge[] = [];
    for (let i = 0; i < side; i++) for (let j = 0; j < side; j++) if ((i + j) % 7 === 0 || i === j || j === i + 1) edges.push({ i, j, score: 0.4 + ((i * 31 + j * 17) % 50) / 100 });
    expect(key(bestPairs(edges))).toBe(key(greedy(edges)));
  });
});
