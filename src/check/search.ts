import type { Token } from '../text/token.js';

// A sentence can be a whole document (a table or a list run into one line, thousands of
// figures long): the checks find tokens and figures in it by binary search, never by a pass
// over all of it for each figure, which made `check` quadratic.

/** The first index of `items` (sorted by start, not overlapping) whose item starts at or after `offset`. */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The items (tokens or figures, sorted and not overlapping) that lie wholly within `start..end`. */
export function itemsWithin<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const within: T[] = [];
  for (let i = firstFrom(items, start); i < items.length && items[i]!.end <= end; i++) within.push(items[i]!);
  return within;
}

/** The last `count` tokens that end at or before `offset`. */
export function tokensBefore(tokens: readonly Token[], offset: number, count: number): Token[] {
  let end = firstFrom(tokens, offset);
  while (end > 0 && tokens[end - 1]!.end > offset) end--;
  return tokens.slice(Math.max(0, end - count), end);
}

/** The last item that ends at or before `offset`, if any. */
export function lastEndingBy<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  for (let i = firstFrom(items, offset) - 1; i >= 0; i--) if (items[i]!.end <= offset) return items[i];
  return undefined;
}
