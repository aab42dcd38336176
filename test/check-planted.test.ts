import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaims, extract } from '../src/index.js';

// Issue #13: `check` on a report with 27 planted errors of the kinds reports make (parts over
// their total, shares over 100 %, a ratio and its percentage, one subject given two figures, a
// share over 100 %) and on its corrected copy (test/fixtures/check-planted/, README there).
const dir = new URL('fixtures/check-planted/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const warningsOf = (text: string) => checkClaims(extract(text), text);
const errors = JSON.parse(read('errors.json')) as { id: number; kind: string; line: number; other_line?: number; figures: string[] }[];

describe('check on a report with planted errors', () => {
  const warnings = warningsOf(read('report.txt'));
  // A planted error is found when a warning stands on its line (or names it) and names one of its figures.
  const found = errors.filter((e) => warnings.some((w) => {
    const lines = [e.line, e.other_line].filter((l): l is number => l !== undefined);
    const onLine = lines.includes(w.line) || lines.some((l) => w.message.includes(`line ${l}`));
    return onLine && e.figures.some((f) => w.message.includes(f.split(' ')[0]!));
  }));
  it(`finds ≥ 90 % of the ${errors.length} planted errors`, () => expect(found.length / errors.length).toBeGreaterThanOrEqual(0.9));
  for (const kind of new Set(errors.map((e) => e.kind))) {
    it(`finds errors of kind ${kind}`, () => expect(found.some((e) => e.kind === kind)).toBe(true));
  }
  it('must not: warn about anything in the corrected copy', () => expect(warningsOf(read('clean.txt')).map((w) => w.message)).toEqual([]));
});
