import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const samples = fileURLToPath(new URL('../samples', import.meta.url));
const reference = join(samples, 'score.mjs');

// The bundled gold articles are the accuracy contract (issue #2: strict F1 ≥ 0.95, unit token-F1
// ≥ 0.85, qualifier ≥ 0.95). The floors sit a little under today's figures so a regression fails.
const FLOORS = { strictF1: 0.97, unitF1: 0.93, qualifierAcc: 0.97, detectionF1: 0.97 };

describe('gold corpus in samples/', async () => {
  const run = await runCli(['eval', '--gold', samples, '--json']);
  const score = JSON.parse(run.stdout);

  it(`strict F1 ≥ ${FLOORS.strictF1}`, () => expect(score.strict.F1).toBeGreaterThanOrEqual(FLOORS.strictF1));
  it(`detection F1 ≥ ${FLOORS.detectionF1}`, () => expect(score.detection.F1).toBeGreaterThanOrEqual(FLOORS.detectionF1));
  it(`unit token-F1 ≥ ${FLOORS.unitF1}`, () => expect(score.unitF1).toBeGreaterThanOrEqual(FLOORS.unitF1));
  it(`qualifier accuracy ≥ ${FLOORS.qualifierAcc}`, () => expect(score.qualifierAcc).toBeGreaterThanOrEqual(FLOORS.qualifierAcc));
  it('scores every gold article', () => expect(score.docs).toBe(31));
  // Issue #12 (status, time, source: SPEC §3b), measured 0.944, 0.860, 0.916.
  it('status accuracy ≥ 0.93', () => expect(score.statusAcc).toBeGreaterThanOrEqual(0.93));
  it('time token-F1 ≥ 0.84', () => expect(score.timeF1).toBeGreaterThanOrEqual(0.84));
  it('source token-F1 ≥ 0.90', () => expect(score.sourceF1).toBeGreaterThanOrEqual(0.9));
  // Issue #13: subject token-F1 ≥ 0.55 (0.281 when the issue was filed; measured 0.555).
  it('subject token-F1 ≥ 0.55', () => expect(score.subjectF1).toBeGreaterThanOrEqual(0.55));
});

// The articles of test/gold-extra/ with status, time and source annotated by hand, apart from the
// rules (test/gold-status/README.md): the figures on text the rules were not written against.
describe('status, time and source on held-out articles in test/gold-status/', async () => {
  const held = fileURLToPath(new URL('gold-status', import.meta.url));
  const score = JSON.parse((await runCli(['eval', '--gold', held, '--json'])).stdout);
  it('scores every article', () => expect(score.docs).toBe(24));
  // Measured 0.915, 0.834, 0.877.
  it('status accuracy ≥ 0.90', () => expect(score.statusAcc).toBeGreaterThanOrEqual(0.9));
  it('time token-F1 ≥ 0.82', () => expect(score.timeF1).toBeGreaterThanOrEqual(0.82));
  it('source token-F1 ≥ 0.85', () => expect(score.sourceF1).toBeGreaterThanOrEqual(0.85));
  // Subjects as a second annotator wrote them (0.339 before the subject work of this last
  // round, measured 0.399): much lower than the dev gold, where the rules were written.
  it('subject token-F1 ≥ 0.38', () => expect(score.subjectF1).toBeGreaterThanOrEqual(0.38));
});

describe('second gold set in test/gold-extra/', async () => {
  const extra = fileURLToPath(new URL('gold-extra', import.meta.url));
  const score = JSON.parse((await runCli(['eval', '--gold', extra, '--json'])).stdout);
  it('strict F1 ≥ 0.93', () => expect(score.strict.F1).toBeGreaterThanOrEqual(0.93));
  it('scores every article', () => expect(score.docs).toBe(24));
});

// Issue #8: strict F1 ≥ 0.90 on English news and on Vietnamese articles with English passages
// (measured 0.996 and 0.975; the floors leave room for a change to show, not to pass unseen).
for (const [set, floor, docs] of [['english', 0.95, 8], ['mixed', 0.93, 6]] as const) {
  describe(`${set} gold in samples/${set}/`, async () => {
    const score = JSON.parse((await runCli(['eval', '--gold', join(samples, set), '--json'])).stdout);
    it(`strict F1 ≥ ${floor}`, () => expect(score.strict.F1).toBeGreaterThanOrEqual(floor));
    it('scores every article', () => expect(score.docs).toBe(docs));
  });
}

describe('solieu eval gives the reference scorer\'s figures', async () => {
  const extracted = await runCli(['extract', '--format', 'jsonl', samples]);
  const pred = join(mkdtempSync(join(tmpdir(), 'solieu-eval-')), 'pred.jsonl');
  writeFileSync(pred, extracted.stdout);
  const referenceJson = execFileSync(process.execPath, [reference, 'score', '--gold', samples, '--pred', pred, '--json'], { encoding: 'utf8' });
  const referenceText = execFileSync(process.execPath, [reference, 'score', '--gold', samples, '--pred', pred, '--verbose'], { encoding: 'utf8' });

  it('extracting itself: the same JSON figures', async () => {
    const own = await runCli(['eval', '--gold', samples, '--json']);
    expect(JSON.parse(own.stdout)).toEqual(JSON.parse(referenceJson));
  });
  it('scoring given records: the same report, line for line', async () => {
    const own = await runCli(['eval', '--gold', samples, '--pred', pred, '--verbose']);
    expect(own.stdout).toBe(referenceText);
  });
  it('counts a wrong value as a strict miss, as the reference does', async () => {
    const broken = extracted.stdout.replace('"value":872,', '"value":873,');
    const path = join(mkdtempSync(join(tmpdir(), 'solieu-eval-')), 'pred.jsonl');
    writeFileSync(path, broken);
    const own = JSON.parse((await runCli(['eval', '--gold', samples, '--pred', path, '--json'])).stdout);
    const ref = JSON.parse(execFileSync(process.execPath, [reference, 'score', '--gold', samples, '--pred', path, '--json'], { encoding: 'utf8' }));
    expect(own).toEqual(ref);
    expect(own.strict.F1).toBeLessThan(JSON.parse(referenceJson).strict.F1);
  });
});
