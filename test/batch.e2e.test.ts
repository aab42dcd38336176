import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, OPTIONAL_FIELDS, RECORD_FIELDS, writeRecords } from '../src/index.js';
import { runCli } from './helpers/cli.js';

// The built command, as a user runs it (npm test builds first).
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const samples = fileURLToPath(new URL('../samples', import.meta.url));
const extra = fileURLToPath(new URL('../test/gold-extra', import.meta.url));
const solieu = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [bin, ...args], { input: options.input, encoding: 'utf8', env: { ...process.env, ...options.env }, maxBuffer: 1 << 28 });

/** Every document under a folder, as `solieu extract FOLDER` finds them (subfolders too). */
const documentsUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? documentsUnder(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));

const sampleSentences = readFileSync(join(samples, 'thanh-hoa-chuyen-doi-so.txt'), 'utf8').split('\n').filter((l) => /\d/.test(l));

describe('a worker that dies', () => {
  const victim = join(samples, 'baomoi-21476381.txt');
  const args = ['extract', samples, extra, '--jobs', '2', '-f', 'jsonl'];
  const clean = solieu(args);

  it('costs nothing when it dies once: its document is retried in a new worker', () => {
    expect(readFileSync(victim, 'utf8')).toMatch(/\d/);
    const run = solieu(args, { env: { SOLIEU_FAULT_INJECTION: `exit-worker:${victim}` } });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(clean.stdout);
  });

  it('costs only its own document when it dies every time: the rest is written, the failure reported, exit 1', () => {
    const run = solieu([...args, '--summary-json'], { env: { SOLIEU_FAULT_INJECTION: `exit-worker-always:${victim}` } });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(`solieu: ${victim}: its worker stopped twice (worker exited with code: 70)`);
    expect(JSON.parse(lines[1]!)).toMatchObject({ documents: documentsUnder(samples).length + documentsUnder(extra).length, failed: 1, failuresByCode: { WORKER_DIED: 1 } });
    const without = clean.stdout.split('\n').filter((l) => l && JSON.parse(l).file !== victim);
    expect(clean.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(without.length);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(without);
  });
});

describe('a bug that throws', () => {
  it('costs only its document, with 1 or 2 threads', () => {
    const victim = join(samples, 'baomoi-21476381.txt');
    for (const jobs of ['1', '2']) {
      const run = solieu(['extract', samples, '--jobs', jobs, '-f', 'jsonl'], { env: { SOLIEU_FAULT_INJECTION: `throw:${victim}` } });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`solieu: ${victim}: extraction failed: injected fault\n`);
      const files = new Set(run.stdout.trim().split('\n').map((l) => JSON.parse(l).file));
      expect(files.has(victim)).toBe(false);
      expect(files.size).toBe(documentsUnder(samples).length - 1);
    }
  });
});

describe('10,000 JSON Lines documents on standard input', () => {
  const documents = Array.from({ length: 10_000 }, (_, i) => ({ id: `d${i}`, text: `${sampleSentences[i % sampleSentences.length]} Có ${i + 1} hộ được hỗ trợ.` }));
  const broken = new Map<number, string>([[17, 'not json'], [2500, '{"id":"x"}'], [5001, '[1]'], [7777, '{"id":"y","text":'], [9999, '{"text":null}']]);
  const input = documents.map((d, i) => broken.get(i) ?? JSON.stringify(d)).join('\n');
  const records = documents.filter((_, i) => !broken.has(i)).flatMap((d) => extract(d.text, { file: '-', docId: d.id }));
  const expected = writeRecords(records, 'jsonl', { fields: [...OPTIONAL_FIELDS, ...RECORD_FIELDS] }).trimEnd().split('\n');
  /** The first line that differs (a diff of 45,000 lines would take a minute to print). */
  const firstDifference = (got: string[]) => {
    const at = got.findIndex((line, i) => line !== expected[i]);
    return at === -1 && got.length === expected.length ? null : { line: at, got: got[at], expected: expected[at], lengths: [got.length, expected.length] };
  };

  it('writes every good document\'s records, in order, and reports each malformed line by number', () => {
    const run = solieu(['extract', '--input-format', 'jsonl', '-f', 'jsonl'], { input });
    expect(run.status).toBe(1);
    expect(firstDifference(run.stdout.trimEnd().split('\n'))).toBeNull();
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^solieu: -:18: not JSON/),
      'solieu: -:2501: no string field "text"',
      'solieu: -:5002: not a JSON object',
      expect.stringMatching(/^solieu: -:7778: not JSON/),
      'solieu: -:10000: no string field "text"',
    ]);
  });

  it('runs as a line filter in a shell pipeline, as a Hadoop Streaming mapper or Spark pipe() stage does', () => {
    const folder = mkdtempSync(join(tmpdir(), 'solieu-pipe-'));
    writeFileSync(join(folder, 'part-00000'), input);
    const run = spawnSync('sh', ['-c', `cat part-00000 | "${process.execPath}" "${bin}" extract --input-format jsonl -f jsonl --jobs 1 --exit-zero | wc -l`], { cwd: folder, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(Number(run.stdout.trim())).toBe(expected.length);
  });
});

describe('batch options', () => {
  it('--files-from - reads the paths from standard input', () => {
    const paths = readdirSync(samples).filter((f) => f.endsWith('.txt')).slice(0, 3).map((f) => join(samples, f));
    const run = solieu(['extract', '--files-from', '-', '-f', 'jsonl'], { input: `${paths.join('\n')}\n` });
    expect(run.status).toBe(0);
    expect([...new Set(run.stdout.trim().split('\n').map((l) => JSON.parse(l).file))]).toEqual(paths);
  });

  it('--summary-json FILE writes the figures for machines', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'solieu-sum-')), 'summary.json');
    const run = solieu(['extract', samples, '-f', 'csv', '--summary-json', out, '--jobs', '2']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary).toMatchObject({ documents: documentsUnder(samples).length, failed: 0, claims: expect.any(Number), failures: [] });
    expect(summary.peakRssMB).toBeGreaterThan(10);
  });

  it('stats counts claims per kind and unit across documents', () => {
    const run = solieu(['stats', samples, '-f', 'csv', '--group-by', 'kind,unit']);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toBe('kind,unit,claims,documents,sum,min,max,mean');
    // Percentages are never summed: their range and mean instead (issue #14).
    expect(rows[0]).toMatch(/^percent,%,\d+,\d+,,[\d.]+,[\d.]+,[\d.]+$/);
  });
  it('stats counts results only, unless --status says otherwise; it can group by status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-status-'));
    writeFileSync(join(dir, 'plan.txt'), 'Kế hoạch đề ra 100 tỷ đồng, đạt 120 tỷ đồng.');
    expect(solieu(['stats', dir, '-f', 'csv']).stdout).toBe('kind,unit_norm,claims,documents,sum,min,max,mean\nmoney,VND,1,1,120000000000,120000000000,120000000000,120000000000\n');
    expect(solieu(['stats', dir, '-f', 'csv', '--status', 'actual,target', '--group-by', 'status']).stdout).toBe('status,claims,documents\nactual,1,1\ntarget,1,1\n');
  });
});

describe('on a terminal', () => {
  it('shows progress, failures above it and a summary on stderr; with --quiet only the failures', async () => {
    const run = await runCli(['extract', samples, 'nope.txt', '-f', 'jsonl', '--jobs', '1'], { stderrTty: true });
    expect(run.code).toBe(1);
    const n = documentsUnder(samples).length + 1;
    expect(run.stderr).toContain(`${n}/${n} documents`);
    expect(run.stderr).toMatch(new RegExp(`solieu: nope\\.txt: no such file or directory\\n[^]*solieu: ${n} documents, \\d+ claims`));
    const quiet = await runCli(['extract', samples, 'nope.txt', '-f', 'jsonl', '--jobs', '1', '--quiet'], { stderrTty: true });
    expect(quiet.stderr).toBe('solieu: nope.txt: no such file or directory\n');
    expect(quiet.stdout).toBe(run.stdout);
  });
  it('is silent on stderr when stderr is not a terminal', async () => {
    const run = await runCli(['extract', samples, '-f', 'jsonl', '--jobs', '1']);
    expect(run.stderr).toBe('');
  });
});
