import { makeTerminalSafe } from '../text/terminal-safe.js';

/** Terminal columns of a string: one per code point (Vietnamese letters are one each once NFC). */
export const displayWidth = (s: string) => [...s].length;

// A cell is shown on one line of a terminal: line breaks and tabs would break the alignment.
const cellText = (s: string) => makeTerminalSafe(s).replace(/[\t\n]/g, ' ');

/** A cell made safe for a terminal (`makeTerminalSafe`), then cut to `n` columns with `…`. */
export function clip(s: string, n: number): string {
  const safe = cellText(s);
  return displayWidth(safe) > n ? `${[...safe].slice(0, n - 1).join('')}…` : safe;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));

/** The widest cell of each column; a loop, since rows can be hundreds of thousands (no spread into `Math.max`). */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const widths = header.map(displayWidth);
  for (const row of rows) {
    for (let k = 0; k < widths.length; k++) widths[k] = Math.max(widths[k]!, displayWidth(row[k] ?? ''));
  }
  return widths;
}

/**
 * A header and rows of cells as aligned lines, two spaces between columns: the header line
 * first. Every cell is made safe for a terminal first, so text from a document cannot recolour,
 * retitle or reorder the screen.
 */
export function alignRows(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const safeHeader = header.map(cellText);
  const safeRows = rows.map((row) => row.map(cellText));
  const widths = columnWidths(safeHeader, safeRows);
  const line = (cells: readonly string[]) => cells.map((c, k) => pad(c, widths[k]!)).join('  ').trimEnd();
  return [line(safeHeader), ...safeRows.map(line)];
}
