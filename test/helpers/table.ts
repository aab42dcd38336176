import { readFileSync } from 'node:fs';

/** Rows of a test table: `#` comments and blank lines skipped, the first line names the columns. */
export function readTable(path: string | URL): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const [header, ...rows] = lines;
  const columns = header!.split('\t');
  return rows.map((line, k) => {
    const cells = line.split('\t');
    if (cells.length > columns.length) throw new Error(`${String(path)}: row ${k + 1} has ${cells.length} cells, header ${columns.length}`);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}
