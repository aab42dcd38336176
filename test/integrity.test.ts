import { spawn, spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fileSink } from '../src/cli/output.js';
import { SolieuError } from '../src/errors.js';
import { RECORD_FIELDS, writeRecords, type ClaimRecord } from '../src/index.js';

const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const article = readFileSync(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url), 'utf8');

/** Thousands of documents: enough output to outlast a reader that stops early, or a Ctrl-C. */
function bigCorpus(dir: string): string {
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: article })).join('\n'));
  return path;
}

describe('output integrity', () => {
  it('a reader that stops early (`| head -1`): exit 0, nothing on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-epipe-'));
    const corpus = bigCorpus(dir);
    for (const jobs of ['1', '2']) {
      const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" extract "${corpus}" -f jsonl --jobs ${jobs} | head -1 >/dev/null; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('status 0');
      expect(run.stderr).toBe('');
    }
  }, 60_000);

  it('a document whose output spills to a temporary file: nothing left behind, read to the end or cut short', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-spill-'));
    const temporary = mkdtempSync(join(tmpdir(), 'solieu-spill-tmp-'));
    // Some 14 MB of JSON Lines from one document: past the 4 MB a document holds in memory.
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Tỷ lệ đạt 9% và 12 người. '.repeat(20_000));
    for (const reader of ['cat >/dev/null', 'head -c 100 >/dev/null']) {
      for (const jobs of ['1', '2']) {
        const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" extract "${big}" -f jsonl --jobs ${jobs} | ${reader}; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', env: { ...process.env, TMPDIR: temporary } });
        expect(run.stdout.trim()).toBe('status 0');
        expect(run.stderr).toBe('');
        expect(readdirSync(temporary)).toEqual([]);
      }
    }
  }, 120_000);

  it('Ctrl-C during a run: exit 130, one line, the -o file untouched and no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-sigint-'));
    const corpus = bigCorpus(dir);
    const target = join(dir, 'claims.csv');
    writeFileSync(target, 'old results\n');
    const child = spawn(process.execPath, [bin, 'extract', corpus, '-o', target, '--jobs', '1']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Interrupt once the output has begun (its temporary file exists).
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGINT');
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(status).toBe(130);
    expect(stderr).toBe('solieu: interrupted\n');
    expect(readFileSync(target, 'utf8')).toBe('old results\n');
    expect(readdirSync(dir).sort()).toEqual(['claims.csv', 'corpus.jsonl']);
  }, 60_000);

  it('a disk that fills up mid-run: OUTPUT_FAILED, the temporary file removed, the target never written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-full-'));
    const target = join(dir, 'out.csv');
    let writes = 0;
    const fullDisk = {
      openSync, fsyncSync, closeSync, renameSync, rmSync,
      writeSync: (fd: number, chunk: string) => {
        if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return writeSync(fd, chunk);
      },
    };
    const sink = fileSink(target, fullDisk);
    sink.write('a\n');
    sink.write('b\n');
    let failure: unknown;
    try {
      sink.write('c\n');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(SolieuError);
    expect(failure).toMatchObject({ code: 'OUTPUT_FAILED', message: `${target}: cannot write (ENOSPC: no space left on device, write)` });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--max-bytes: a document over the limit is reported and skipped, the others read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-max-'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(300 * 1024));
    writeFileSync(join(dir, 'small.txt'), 'Có 94 xã.');
    const run = spawnSync(process.execPath, [bin, 'extract', dir, '--max-bytes', '200K', '-f', 'jsonl'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`solieu: ${join(dir, 'big.txt')}: 300.0 KB, more than the 200.0 KB a document may have (--max-bytes)\n`);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual([94]);
  });

  it('a folder that cannot be written to: OUTPUT_FAILED before anything is extracted', () => {
    const run = spawnSync(process.execPath, [bin, 'extract', '-o', '/nonexistent-dir/out.csv'], { input: 'Có 94 xã.', encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^solieu: \/nonexistent-dir\/out\.csv: cannot write \(no such file or directory\)\n$/);
  });
});

describe('spreadsheet safety', () => {
  const base: ClaimRecord = {
    id: 'c1', file: 'a.txt', line: 1, start: 0, end: 2, text: '94', kind: 'count', value: -94, value_max: null, denominator: null,
    unit: 'xã', unit_norm: 'xã', currency: null, subject: null, qualifier: null, change: null, sentence: 'Có 94 xã.', status: 'actual', time: null, source: null, lang: 'vi',
  };
  const dangerous = ['=', '+', '-', '@', '\t', '\r'];
  const fields = ['file', 'text', 'unit', 'subject', 'sentence'] as const;
  for (const field of fields) {
    it(`every cell of ${field} that a spreadsheet would run is written as text`, () => {
      const records = dangerous.map((c) => ({ ...base, [field]: `${c}HYPERLINK("http://x","y")` }));
      const rows = parse(writeRecords(records, 'csv'), { columns: true }) as Record<string, string>[];
      rows.forEach((row, k) => expect(row[field]).toBe(`'${dangerous[k]}HYPERLINK("http://x","y")`));
      // Numbers stay numbers: a negative value is not a formula.
      rows.forEach((row) => expect(row.value).toBe('-94'));
      // Machine readers can have the cells as they are.
      const raw = parse(writeRecords(records, 'csv', { escapeFormulas: false }), { columns: true }) as Record<string, string>[];
      raw.forEach((row, k) => expect(row[field]).toBe(`${dangerous[k]}HYPERLINK("http://x","y")`));
    });
  }
});
