import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, extractBatches, extractDocument, normalize, writeRecords } from '../src/index.js';
import { STREAM_BYTES } from '../src/batch/stream-text.js';
import { getLexicon } from '../src/lexicon/load.js';
import { splitLines } from '../src/pipeline/03-split-lines.js';
import { MAX_SENTENCE, splitSentences } from '../src/pipeline/04-split-sentences.js';
import { MAX_RECORD_SENTENCE, SENTENCE_WINDOW } from '../src/pipeline/18-build-records.js';
import { parseJobs } from '../src/cli/run-batch.js';
import { runCli } from './helpers/cli.js';

// Issue 16: the work and the output of one sentence, one document, one run are bounded, whatever
// the input: a line of a million figures, a document that never ends, a signal mid-extraction.
const lexicon = getLexicon();
const sentences = (text: string) => splitSentences(text, splitLines(text, lexicon), lexicon);
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'solieu-bounded-'));

describe('a line without sentence punctuation is read in bounded stretches', () => {
  it(`cuts a long line into stretches of at most ${MAX_SENTENCE} characters, after a comma where it can`, () => {
    const line = 'Xã A có 12 hộ nghèo, '.repeat(1000);
    const parts = sentences(line);
    expect(parts.length).toBeGreaterThan(4);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const p of parts.slice(0, -1)) expect(p.text.endsWith(',')).toBe(true);
    expect(parts.map((p) => p.text).join(' ')).toBe(line.trim());
  });
  it('cuts a glued chain with no white space where it must', () => {
    const chain = '1-2-3-'.repeat(2000);
    expect(sentences(chain).every((p) => p.text.length <= MAX_SENTENCE)).toBe(true);
  });
  it('must not: cut an ordinary sentence, or a long one under the bound', () => {
    const long = `Tỉnh có ${'12 xã, '.repeat(500)}đạt chuẩn.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE);
    expect(sentences(long)).toHaveLength(1);
    expect(sentences('Có 94 xã. Tỷ lệ đạt 98%.')).toHaveLength(2);
  });
  it('finds the same claims in a long list as in its items one by one', () => {
    const item = 'huyện A có 1.200 hộ nghèo, ';
    const records = extract(item.repeat(400));
    expect(records).toHaveLength(400);
    expect(records.every((r) => r.value === 1200 && r.text === '1.200')).toBe(true);
  });
});

describe('a record carries a bounded sentence', () => {
  it(`keeps a sentence of up to ${MAX_RECORD_SENTENCE} characters whole`, () => {
    const text = `Tỉnh có ${'12 xã, '.repeat(130)}và 94 phường.`;
    expect(text.length).toBeLessThanOrEqual(MAX_RECORD_SENTENCE);
    expect(extract(text).every((r) => r.sentence === text)).toBe(true);
  });
  it(`gives a longer one as a window of about ${SENTENCE_WINDOW} characters around the claim, marked with …`, () => {
    const text = `Mở đầu ${'xã A có 12 hộ, '.repeat(300)}cuối cùng.`;
    const normalized = normalize(text);
    const records = extract(text);
    expect(records[0]!.sentence.length).toBeLessThanOrEqual(SENTENCE_WINDOW + 2);
    for (const r of records) {
      expect(r.sentence.length).toBeLessThanOrEqual(MAX_RECORD_SENTENCE);
      expect(r.sentence).toContain(r.text);
      expect(normalized.slice(r.start, r.end)).toBe(r.text); // offsets stay the document's
      expect(normalized).toContain(r.sentence.replace(/^…|…$/g, ''));
    }
    expect(records[0]!.sentence.startsWith('Mở đầu')).toBe(true);
    expect(records[0]!.sentence.endsWith('…')).toBe(true);
    expect(records.at(-1)!.sentence.endsWith('cuối cùng.')).toBe(true);
  });
});

describe('extractBatches', () => {
  it('gives the records of extract, sentence by sentence, numbered through the document', () => {
    const text = 'Có 94 xã. Không có gì. Tỷ lệ đạt 98% và 2.500 tỷ đồng.';
    const batches = [...extractBatches(text)];
    expect(batches.map((b) => b.length)).toEqual([1, 2]);
    expect(batches.flat()).toEqual(extract(text));
  });
});

describe('the command line on a document of huge output', () => {
  // 120 KB of "9% " gives 40,000 claims and about 20 MB of JSON: more than a worker hands over in one piece.
  const big = join(dir, 'big.txt');
  writeFileSync(big, '9% '.repeat(40_000));
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'Có 94 xã.');
  it('writes the same JSON Lines as the library, streamed from its spill file', async () => {
    const run = await runCli(['extract', '-f', 'jsonl', big]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(40_000);
    expect(JSON.parse(lines.at(-1)!).id).toBe('c40000');
    expect(JSON.parse(lines[0]!)).toEqual({ ...extract('9% '.repeat(40_000), { file: big })[0], lang: 'vi' });
  });
  it('writes one valid JSON array with a small document on each side', async () => {
    const run = await runCli(['extract', '-f', 'json', small, big, small]);
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout);
    expect(records).toHaveLength(40_002);
    expect(records.map((r: { file: string }) => r.file).filter((f: string) => f === small)).toHaveLength(2);
  });
});

describe('a large text file is read in pieces', () => {
  // Past STREAM_BYTES (8 MB) a UTF-8 text file is extracted piece by piece: the records must be
  // those of the whole text, to the byte — offsets, lines, ids, the number style of the whole.
  const article = readFileSync(fileURLToPath(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url)), 'utf8');
  const english = 'Exports rose 1,200,000 tonnes, up 12.5%.\n';
  // The whole-file reader (the library's extractDocument) gives what the pieces must give.
  const whole = async (file: string) => writeRecords((await extractDocument({ name: file, path: file })).records, 'jsonl');
  it('gives the records of the whole text (CRLF line ends, a byte-order mark, the number style of the whole)', async () => {
    const text = `\uFEFF${`${article}\n${english}`.repeat(Math.ceil((STREAM_BYTES + 1) / Buffer.byteLength(article)))}`.replace(/\n/g, '\r\n');
    const file = join(dir, 'large.txt');
    writeFileSync(file, text);
    expect(statSync(file).size).toBeGreaterThan(STREAM_BYTES);
    const run = spawnSync(process.execPath, [bin, 'extract', '-f', 'jsonl', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(await whole(file));
  }, 120_000);
  it('must not: stream a file that is not UTF-8 — it is read whole, its encoding decided there', async () => {
    const latin = Buffer.from(`${'Gi\xe1 t\xe9ng 5% v\xe0 12 t\xfdn.\n'.repeat(Math.ceil((STREAM_BYTES + 1) / 28))}`, 'latin1');
    const file = join(dir, 'legacy.txt');
    writeFileSync(file, latin);
    const run = spawnSync(process.execPath, [bin, 'extract', '-f', 'jsonl', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(await whole(file));
    expect(run.stdout.split('\n').length).toBeGreaterThan(1000);
  }, 120_000);
});

describe('a document read with doubts', () => {
  it('a UTF-8 article with a stray byte: read as UTF-8, one warning on stderr, exit 0', async () => {
    const file = join(dir, 'stray.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Xã có 94 hộ và 12 người '), Buffer.from([0xff]), Buffer.from(' đạt 98%.')]));
    const run = await runCli(['extract', '-f', 'jsonl', '--fields', 'text,sentence', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual(['94', '12', '98%']);
    expect(run.stdout).toContain('Xã có');
    expect(run.stderr).toMatch(/^solieu: .*stray\.txt: warning: a byte sequence that is not UTF-8 \(the first at byte \d+\), read as U\+FFFD; the rest is UTF-8\n$/);
  });
});

describe('a run that cannot be held up', () => {
  const docs = ['a', 'b', 'c'].map((name, k) => {
    const path = join(dir, `${name}.txt`);
    writeFileSync(path, `Có ${94 + k} xã.`);
    return path;
  });
  it('stops a document past --timeout-per-doc, reports it, and writes the others', () => {
    const run = spawnSync(process.execPath, [bin, 'extract', '-f', 'jsonl', '--fields', 'value', '--timeout-per-doc', '1', '--jobs', '1', ...docs], {
      encoding: 'utf8', env: { ...process.env, SOLIEU_FAULT_INJECTION: `hang:${docs[1]}` },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('{"value":94}\n{"value":96}\n');
    expect(run.stderr).toBe(`solieu: ${docs[1]}: stopped after 1 s (--timeout-per-doc)\n`);
  }, 30_000);
  it('a worker slow to start (a loaded machine) does not use up a document\'s --timeout-per-doc', () => {
    for (const jobs of ['1', '2']) {
      const run = spawnSync(process.execPath, [bin, 'extract', '-f', 'jsonl', '--fields', 'value', '--timeout-per-doc', '1', '--jobs', jobs, ...docs], {
        encoding: 'utf8', env: { ...process.env, SOLIEU_FAULT_INJECTION: 'slow-start:1500' },
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('{"value":94}\n{"value":95}\n{"value":96}\n');
      expect(run.status).toBe(0);
    }
  }, 30_000);
  it('--timeout-per-doc must be a number of seconds', async () => {
    expect((await runCli(['extract', '--timeout-per-doc', '0', docs[0]!])).code).toBe(2);
    expect((await runCli(['extract', '--timeout-per-doc', 'soon', docs[0]!])).code).toBe(2);
  });
  it('--jobs is capped by the cores', () => {
    expect(parseJobs('200', 2)).toBe(2);
    expect(parseJobs('1', 2)).toBe(1);
    expect(parseJobs(undefined, 4)).toBe(4);
  });
  it('SIGTERM mid-extraction ends the run within a second, exit 143, no output file left', async () => {
    const input = join(dir, 'pct.txt');
    writeFileSync(input, '9% '.repeat(700_000));
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [bin, 'extract', input, '-f', 'jsonl', '-o', out], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = performance.now();
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(143);
    expect(performance.now() - sent).toBeLessThan(5000); // not a speed test: the whole extraction would take ten times longer
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).not.toMatch(/out\.jsonl/);
  }, 30_000);
});

describe('fuzzing through the command line', () => {
  // scripts/fuzz-cli.mjs: random documents (hostile characters, escape sequences, long lines, malformed
  // JSON lines) as one JSON Lines stream through the CLI, each document's records checked against the
  // library. 1,000 in CI; the README gives the 100,000-case run.
  it('1,000 random documents: exit 1 for the malformed lines only, every record where the library puts it', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/fuzz-cli.mjs', import.meta.url)), '--cases', '1000', '--seed', '11'], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/all checks hold/);
    expect(run.status).toBe(0);
  }, 120_000);
});
