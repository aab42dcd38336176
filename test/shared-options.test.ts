import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

// Issue #14: one command line. Every command takes --no-color, --quiet, --ui and -o with one
// meaning; the commands that write rows also -f (json among them). Checked command by command.
const dir = mkdtempSync(join(tmpdir(), 'solieu-options-'));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'Tỷ lệ ký số cá nhân đạt 53,17%. Tổng số hộ nghèo là 12.500 hộ, trong đó huyện A có 5.200 hộ, huyện B có 8.700 hộ.\n');
writeFileSync(b, 'Tỷ lệ ký số cá nhân đạt 35,17%. Tổng số hộ nghèo là 12.500 hộ.\n');

const ANSI = /\u001b\[/;
const COMMANDS: Record<string, string[]> = {
  extract: ['extract', a, b],
  check: ['check', a, b],
  stats: ['stats', a, b],
  compare: ['compare', a, b],
  annotate: ['annotate', a],
  report: ['report', a, b],
  eval: ['eval', '--gold', new URL('../samples/mixed', import.meta.url).pathname],
};
const ROWS = new Set(['extract', 'check', 'stats', 'compare']);
// eval writes figures, not rows: -f table (text) or json.

describe.each(Object.entries(COMMANDS))('%s', (name, commandArgs) => {
  let args = commandArgs;
  it('--no-color: no colour even on a terminal', async () => {
    const run = await runCli([...args, '--no-color'], { tty: true });
    expect(run.code === 0 || run.code === 3).toBe(true);
    expect(run.stdout).not.toMatch(ANSI);
  });
  it('--quiet: nothing on a terminal\'s stderr', async () => {
    const run = await runCli([...args, '--quiet', '-o', join(dir, `${name}-quiet.${ROWS.has(name) ? 'csv' : name === 'report' ? 'html' : 'txt'}`)], { stderrTty: true, tty: true });
    expect(run.stderr).toBe('');
  });
  it('-o FILE: the file holds what standard output would', async () => {
    const path = join(dir, `${name}.${ROWS.has(name) ? 'csv' : name === 'report' ? 'html' : 'txt'}`);
    if (name === 'eval') args = [...args, '-f', 'json'];
    const run = await runCli([...args, '-o', path]);
    expect(run.stdout).toBe('');
    const piped = await runCli(args);
    const strip = (s: string) => s.replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, 'DATE'); // the report's date of making
    expect(strip(readFileSync(path, 'utf8'))).toBe(strip(piped.stdout));
  });
  it('--ui vi and --ui en are accepted; another language is a usage error', async () => {
    expect([0, 3]).toContain((await runCli([...args, '--ui', 'vi'])).code);
    expect([0, 3]).toContain((await runCli([...args, '--ui', 'en'])).code);
    expect((await runCli([...args, '--ui', 'fr'])).code).toBe(2);
  });
  it('-f json: JSON', async () => {
    if (name === 'annotate' || name === 'report') return expect((await runCli([...commandArgs, '-f', 'json'])).code).toBe(2); // text and a page: no rows
    const parsed = JSON.parse((await runCli([...commandArgs, '-f', 'json'])).stdout);
    expect(name === 'eval' ? typeof parsed.strict.F1 : Array.isArray(parsed)).toBe(name === 'eval' ? 'number' : true);
  });
});

describe('messages a person reads', () => {
  it('check --ui vi writes its warnings in Vietnamese, numbers the Vietnamese way; --ui en in English', async () => {
    const vi = await runCli(['check', a, '-f', 'jsonl', '--ui', 'vi']);
    expect(JSON.parse(vi.stdout.split('\n')[0]!).message).toBe('các phần "5.200 hộ" + "8.700 hộ" cộng lại được 13.900 hộ, nhiều hơn tổng "12.500 hộ"');
    const en = await runCli(['check', a, '-f', 'jsonl', '--ui', 'en']);
    expect(JSON.parse(en.stdout.split('\n')[0]!).message).toBe('parts "5.200 hộ" + "8.700 hộ" add up to 13.900 hộ, more than the total "12.500 hộ"');
  });
  it('the tables of extract, stats and compare head their columns in Vietnamese with --ui vi; CSV keeps the field names', async () => {
    expect((await runCli(['extract', a, '-f', 'table', '--ui', 'vi'])).stdout).toMatch(/^dòng\s+loại\s+giá trị/);
    expect((await runCli(['stats', a, '-f', 'table', '--ui', 'vi'])).stdout).toMatch(/^loại\s+đơn vị\s+số liệu/);
    expect((await runCli(['compare', a, b, '-f', 'table', '--ui', 'vi'])).stdout).toContain('chênh lệch');
    expect((await runCli(['extract', a, '-f', 'csv', '--ui', 'vi'])).stdout).toMatch(/^file,id,line/);
  });
  it('the language follows LANG when --ui is not given', async () => {
    const run = await runCli(['check', a, '-f', 'jsonl'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(run.stdout).toContain('cộng lại được');
    expect((await runCli(['check', a, '-f', 'jsonl'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('add up to');
  });
  it('check names a JSON Lines document by its id', async () => {
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${JSON.stringify({ id: 'bai-7', text: 'Tỷ lệ đạt 104%.' })}\n`);
    const row = JSON.parse((await runCli(['check', corpus, '-f', 'jsonl'])).stdout);
    expect(row.doc_id).toBe('bai-7');
    expect(row).not.toHaveProperty('file');
  });
  it('compare gives a difference of percentages in percentage points', async () => {
    const table = await runCli(['compare', a, b, '-f', 'table', '--ui', 'vi']);
    expect(table.stdout).toContain('-18 điểm phần trăm');
    const rows = JSON.parse((await runCli(['compare', a, b, '-f', 'json'])).stdout) as Record<string, unknown>[];
    const percent = rows.find((r) => r.kind === 'percent')!;
    expect(percent).toMatchObject({ difference: -18, difference_unit: 'pp', relative_difference: null });
  });
  it('stats never adds up percentages: their range and mean', async () => {
    const rows = JSON.parse((await runCli(['stats', a, b, '-f', 'json'])).stdout) as Record<string, unknown>[];
    expect(rows.find((r) => r.kind === 'percent')).toMatchObject({ unit_norm: '%', sum: null, min: 35.17, max: 53.17, mean: 44.17 });
  });
  it('no progress bar or summary for one document on a terminal; a hint when standard input is a terminal', async () => {
    const one = await runCli(['extract', a, '-f', 'csv'], { stderrTty: true });
    expect(one.stderr).toBe('');
    const typed = await runCli(['extract', '-f', 'csv'], { stdin: 'Có 5 người.', stderrTty: true, stdinTty: true });
    expect(typed.stderr).toMatch(/Ctrl-D/);
    expect((await runCli(['extract', '-f', 'csv', '--quiet'], { stdin: 'Có 5 người.', stdinTty: true })).stderr).toBe('');
  });
});
