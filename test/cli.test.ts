import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

let dir: string;
const ARTICLE = 'Có 94 xã, phường đăng ký thực hiện. Tỷ lệ đạt trên 98%.\nDoanh thu đạt 2.500 tỷ đồng vào năm 2022.\n';
const HEADER = 'file,id,line,start,end,text,kind,value,value_max,denominator,unit,unit_norm,currency,subject,qualifier,change,sentence,status,time,source,lang';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'solieu-cli-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  mkdirSync(join(dir, 'reports/2023'), { recursive: true });
  writeFileSync(join(dir, 'reports/b.txt'), 'Xếp thứ 15/63 tỉnh.\n');
  writeFileSync(join(dir, 'reports/2023/c.txt'), 'Có 48 trang thông tin.\n');
  writeFileSync(join(dir, 'reports/notes.pdf'), 'not text');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x43, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'fake.pdf'), '%PDF-1.4 this is not a PDF');
  writeFileSync(join(dir, 'empty.txt'), '');
});

const csvLines = (s: string) => s.trimEnd().split('\n');

describe('solieu extract: inputs', () => {
  it('reads a file and writes CSV when not on a terminal', async () => {
    const run = await runCli(['extract', join(dir, 'a.txt')]);
    expect(run.code).toBe(0);
    expect(csvLines(run.stdout)[0]).toBe(HEADER);
    expect(run.stdout).toContain('trên 98%');
    expect(run.stderr).toBe('');
  });
  it('is the default command', async () => {
    expect((await runCli([join(dir, 'a.txt')])).stdout).toBe((await runCli(['extract', join(dir, 'a.txt')])).stdout);
  });
  it('reads standard input with no input or -', async () => {
    const none = await runCli(['extract', '-f', 'jsonl'], { stdin: ARTICLE });
    const dash = await runCli(['extract', '-f', 'jsonl', '-'], { stdin: ARTICLE });
    expect(none.stdout).toBe(dash.stdout);
    expect(JSON.parse(none.stdout.split('\n')[0]!)).toMatchObject({ file: '-', kind: 'count', value: 94 });
  });
  it('walks directories recursively for text files, in order', async () => {
    const run = await runCli(['extract', '-f', 'jsonl', '--fields', 'file,text', join(dir, 'reports')]);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file)).toEqual([join(dir, 'reports/2023/c.txt'), join(dir, 'reports/b.txt')]);
  });
  it('writes only a header for empty input', async () => {
    expect((await runCli(['extract', join(dir, 'empty.txt')])).stdout).toBe(`${HEADER}\n`);
  });
});

describe('solieu extract: bad inputs are reported and skipped', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing path', 'missing.txt', /missing\.txt: no such file or directory/],
    ['a directory without documents', 'empty', /empty: no documents \(\.txt, \.text, \.html/],
    ['a binary file', 'binary.txt', /binary\.txt: binary file/],
    ['a PDF that is not one', 'fake.pdf', /fake\.pdf: not a readable PDF/],
  ];
  for (const [name, path, message] of cases) {
    it(`${name}: one line on stderr, the others still written, exit 1`, async () => {
      const run = await runCli(['extract', '-f', 'jsonl', join(dir, path), join(dir, 'a.txt')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toContain('"value":94');
    });
  }
});

describe('solieu extract: options', () => {
  it('--format json writes one array', async () => {
    const run = await runCli(['extract', '-f', 'json', join(dir, 'a.txt')]);
    expect(JSON.parse(run.stdout).map((r: { value: number }) => r.value)).toEqual([94, 98, 2.5e12]);
  });
  it('--format table is the default on a terminal, coloured unless NO_COLOR or --no-color', async () => {
    const tty = await runCli(['extract', join(dir, 'a.txt')], { tty: true });
    expect(tty.stdout).toMatch(/^\S*line\s+kind\s+value/);
    expect(tty.stdout).toMatch(/\u001b\[/);
    expect((await runCli(['extract', join(dir, 'a.txt')], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['extract', '--no-color', join(dir, 'a.txt')], { tty: true })).stdout).not.toMatch(/\u001b\[/);
  });
  it('--kinds keeps only those kinds', async () => {
    const run = await runCli(['extract', '-f', 'jsonl', '--kinds', 'money,percent', join(dir, 'a.txt')]);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).kind)).toEqual(['percent', 'money']);
  });
  it('--all adds dates and references', async () => {
    const run = await runCli(['extract', '-f', 'jsonl', '--all', join(dir, 'a.txt')]);
    expect(run.stdout).toContain('"kind":"date"');
  });
  it('--explain adds the rules that decided each claim: a list in JSON, one cell in CSV', async () => {
    const stdin = 'Giá không cao hơn 17.063 đồng/lít. Có 94 xã.';
    const json = (await runCli(['extract', '-f', 'jsonl', '--explain', '--fields', 'text,qualifier,rules'], { stdin })).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(json[0]).toEqual({ text: 'không cao hơn 17.063 đồng/lít', qualifier: 'at_most', rules: expect.arrayContaining(['qualifier/not-more-adj']) });
    expect(json[1].rules).toEqual([]);
    const csv = csvLines((await runCli(['extract', '--explain'], { stdin })).stdout);
    expect(csv[0]!.endsWith(',lang,rules')).toBe(true);
    expect(csv[1]).toMatch(/,vi,qualifier\/not-more-adj( \S+)*$/);
    expect((await runCli(['extract', '-f', 'jsonl'], { stdin })).stdout).not.toContain('"rules"');
  });
  it('--status keeps only claims of those statuses, ids those of the whole document; an unknown status is a usage error', async () => {
    const stdin = 'Kế hoạch đề ra 100 tỷ đồng, đạt 120 tỷ đồng.';
    const run = await runCli(['extract', '-f', 'jsonl', '--status', 'target', '--fields', 'id,text,status'], { stdin });
    expect(run.stdout).toBe('{"id":"c1","text":"100 tỷ đồng","status":"target"}\n');
    const actual = await runCli(['extract', '-f', 'jsonl', '--status', 'actual', '--fields', 'id,status'], { stdin });
    expect(actual.stdout).toBe('{"id":"c2","status":"actual"}\n');
    expect((await runCli(['extract', '--status', 'plan'], { stdin })).code).toBe(2);
  });
  it('--date: a result for a later year is a forecast; a malformed date is a usage error', async () => {
    const stdin = 'GDP năm 2021 đạt 6,7%.';
    expect((await runCli(['extract', '-f', 'jsonl', '--fields', 'status', '--date', '2020-10-05'], { stdin })).stdout).toBe('{"status":"forecast"}\n');
    expect((await runCli(['extract', '--date', 'hôm qua'], { stdin })).code).toBe(2);
  });
  it('--fields picks and orders fields', async () => {
    const run = await runCli(['extract', '--fields', 'value,unit', join(dir, 'a.txt')]);
    expect(csvLines(run.stdout)).toEqual(['value,unit', '94,"xã, phường"', '98,%', '2500000000000,đồng']);
  });
  it('--bom starts CSV with a byte-order mark', async () => {
    expect((await runCli(['extract', '--bom', join(dir, 'a.txt')])).stdout.startsWith('\uFEFFfile,')).toBe(true);
  });
  it('-o writes the file atomically, format from its extension, nothing left behind', async () => {
    const out = join(dir, 'out', 'claims.jsonl');
    mkdirSync(join(dir, 'out'), { recursive: true });
    const run = await runCli(['extract', join(dir, 'a.txt'), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    expect(readdirSync(join(dir, 'out'))).toEqual(['claims.jsonl']);
  });
  it('-o into a missing directory fails cleanly', async () => {
    const run = await runCli(['extract', join(dir, 'a.txt'), '-o', join(dir, 'nowhere', 'x.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^solieu: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('solieu: usage errors exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['extract', '--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown format', ['extract', '-f', 'xml'], /argument 'xml' is invalid/],
    ['an unknown kind', ['extract', '--kinds', 'count,weight'], /option `--kinds` must list kinds of .*, got "weight"/],
    ['an unknown field', ['extract', '--fields', 'value,colour'], /option `--fields` must list fields of .*, got "colour"/],
    ['eval without --gold', ['eval'], /required option '--gold <dir>' not specified/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const run = await runCli(args, { stdin: '' });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  }
  it('--help and --version exit 0', async () => {
    const help = await runCli(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
