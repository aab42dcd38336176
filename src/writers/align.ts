/** Terminal columns of a string: one per code point (Vietnamese letters are one each once NFC). */
export const displayWidth = (s: string) => [...s].length;
export const clip = (s: string, n: number) => (displayWidth(s) > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));

/** A header and rows of cells as aligned lines, two spaces between columns: the header line first. */
export function alignRows(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, k) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[k] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, k) => pad(c, widths[k]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
