import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
// @ts-expect-error: a plain .mjs module shared with the benchmark, without type declarations
import { ADVERSARIAL_INPUTS } from '../scripts/adversarial-inputs.mjs';

// Each crafted input finishes and gives sane records. The bound is generous on purpose: this
// is not a speed test (npm run bench measures that time grows linearly), only that nothing
// backtracks or loops for minutes.
const SIZE = 256 * 1024;
const inputs = ADVERSARIAL_INPUTS as Record<string, (n: number) => string>;

describe(`crafted inputs of ${SIZE / 1024} KB finish`, () => {
  for (const [name, make] of Object.entries(inputs)) {
    it(name, () => {
      const text = make(SIZE);
      const records = extract(text);
      const length = text.normalize('NFC').length;
      expect(records.every((r) => Number.isFinite(r.value) && r.end <= length)).toBe(true);
    }, 60_000);
  }
  it('a 5 MB line', () => {
    const line = inputs['one line of article text']!(5 * 1024 * 1024);
    expect(extract(line).length).toBeGreaterThan(100_000);
  }, 120_000);
});
