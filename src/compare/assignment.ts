// One-to-one pairing that is best as a whole, not pair by pair: taking the most alike pair first
// (greedy) can take a claim that a slightly less alike pair needed, and leave two claims that
// belonged together apart. This finds the pairing with the largest total score (the Hungarian
// method, with potentials), component by component of the graph of candidate pairs, so that the
// cost follows the groups of claims that compete with each other, not the documents' sizes.

/** A candidate pair: row `i`, column `j`, its score (higher is better, > 0). */
export interface Edge {
  i: number;
  j: number;
  score: number;
}

/**
 * Above this many rows × columns in one group, the exact method (cubic) gives way to the greedy
 * one: a group that large is a long document's claims of one kind all alike to each other.
 */
export const MAX_EXACT_CELLS = 160_000;

/** The pairs of largest total score, each row and column used at most once. */
export function bestPairs(edges: readonly Edge[]): Edge[] {
  const out: Edge[] = [];
  for (const group of components(edges)) out.push(...(cells(group) <= MAX_EXACT_CELLS ? exact(group) : greedy(group)));
  return out.sort((p, q) => p.i - q.i || p.j - q.j);
}

/** Most alike first, each row and column once: the fallback for very large groups. */
export function greedy(edges: readonly Edge[]): Edge[] {
  const sorted = [...edges].sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const [rows, cols] = [new Set<number>(), new Set<number>()];
  const out: Edge[] = [];
  for (const e of sorted) {
    if (rows.has(e.i) || cols.has(e.j)) continue;
    rows.add(e.i);
    cols.add(e.j);
    out.push(e);
  }
  return out;
}

function cells(edges: readonly Edge[]): number {
  return new Set(edges.map((e) => e.i)).size * new Set(edges.map((e) => e.j)).size;
}

/** The connected groups of the bipartite graph the edges make (rows and columns apart). */
function components(edges: readonly Edge[]): Edge[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: every node on the way points at the root.
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const node = (key: string) => {
    if (!parent.has(key)) parent.set(key, key);
    return key;
  };
  for (const e of edges) {
    const [a, b] = [find(node(`r${e.i}`)), find(node(`c${e.j}`))];
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, Edge[]>();
  for (const e of edges) {
    const root = find(`r${e.i}`);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(e);
  }
  return [...groups.values()];
}

/**
 * The Hungarian method on a dense matrix of the group's rows × columns (a missing pair scores 0,
 * the same as leaving both claims unpaired), minimising the negated scores; pairs that are no
 * edge are dropped from the result.
 */
function exact(edges: readonly Edge[]): Edge[] {
  const rowIds = [...new Set(edges.map((e) => e.i))].sort((x, y) => x - y);
  const colIds = [...new Set(edges.map((e) => e.j))].sort((x, y) => x - y);
  // The method wants rows ≤ columns: transpose when there are more rows.
  const flip = rowIds.length > colIds.length;
  const [rIds, cIds] = flip ? [colIds, rowIds] : [rowIds, colIds];
  const [n, m] = [rIds.length, cIds.length];
  const rIndex = new Map(rIds.map((id, k) => [id, k]));
  const cIndex = new Map(cIds.map((id, k) => [id, k]));
  const cost = new Float64Array(n * m);
  const byCell = new Map<number, Edge>();
  for (const e of edges) {
    const [r, c] = flip ? [rIndex.get(e.j)!, cIndex.get(e.i)!] : [rIndex.get(e.i)!, cIndex.get(e.j)!];
    if (-e.score < cost[r * m + c]!) {
      cost[r * m + c] = -e.score;
      byCell.set(r * m + c, e);
    }
  }
  // Potentials u (rows, 1-based) and v (columns), p[col] = the row assigned to it (0 = none).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let row = 1; row <= n; row++) {
    p[0] = row;
    let col0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[col0] = 1;
      const r0 = p[col0]!;
      let delta = Infinity;
      let col1 = 0;
      for (let col = 1; col <= m; col++) {
        if (used[col]) continue;
        const reduced = cost[(r0 - 1) * m + (col - 1)]! - u[r0]! - v[col]!;
        if (reduced < minv[col]!) {
          minv[col] = reduced;
          way[col] = col0;
        }
        if (minv[col]! < delta) {
          delta = minv[col]!;
          col1 = col;
        }
      }
      for (let col = 0; col <= m; col++) {
        if (used[col]) {
          u[p[col]!] = u[p[col]!]! + delta;
          v[col] = v[col]! - delta;
        } else minv[col] = minv[col]! - delta;
      }
      col0 = col1;
    } while (p[col0] !== 0);
    do {
      const col1 = way[col0]!;
      p[col0] = p[col1]!;
      col0 = col1;
    } while (col0);
  }
  const out: Edge[] = [];
  for (let col = 1; col <= m; col++) {
    const edge = p[col] ? byCell.get((p[col]! - 1) * m + (col - 1)) : undefined;
    if (edge) out.push(edge);
  }
  return out;
}
