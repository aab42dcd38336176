import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extract, OPTIONAL_FIELDS, RECORD_FIELDS, writeRecords } from '../src/index.js';

// The contract a Hadoop Streaming mapper and Spark's pipe() rely on (integrations/README.md),
// tested on the built command (npm test builds first) exactly as those engines start it:
// `solieu extract --input-format jsonl -f jsonl`, documents on standard input, one a line.
// - standard output: the records of each document, tagged with its id, one JSON object a line,
//   in input order, and nothing else;
// - standard error: nothing but one line per failed document, `solieu: -:LINE: REASON`;
// - exit 0 when every document was read, 1 when one failed (0 with --exit-zero), and a
//   malformed line costs only itself; empty input, empty output, exit 0.
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const MAPPER = ['extract', '--input-format', 'jsonl', '-f', 'jsonl'];
const mapper = (input: string | Buffer, extra: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [bin, ...MAPPER, ...extra], { input, encoding: 'utf8', env, maxBuffer: 1 << 28 });

// Forty real articles (the fixture of test/dask.test.ts) and a few short documents with ids of both kinds.
const news = gunzipSync(readFileSync(fileURLToPath(new URL('./fixtures/news-2000.jsonl.gz', import.meta.url))))
  .toString('utf8').split('\n').slice(0, 40).map((line) => JSON.parse(line) as { id: string; text: string });
const documents: { id: string | number; text: string }[] = [
  ...news,
  { id: 7, text: 'Có 15/63 tỉnh đạt chuẩn, tỷ lệ ký số đạt trên 98%.' },
  { id: 'no-claims', text: 'Một văn bản không có số liệu nào.' },
  { id: 'vi-en', text: 'GDP tăng 6,5%. Exports rose 12 percent to $371.85 billion.' },
];
const jsonl = (docs: object[]) => docs.map((d) => `${JSON.stringify(d)}\n`).join('');
const recordsOf = (docs: { id: string | number; text: string }[]) =>
  writeRecords(docs.flatMap((d) => extract(d.text, { file: '-', docId: d.id })), 'jsonl', { fields: [...OPTIONAL_FIELDS, ...RECORD_FIELDS] });
const expected = recordsOf(documents);

describe('solieu extract --input-format jsonl -f jsonl as a streaming mapper', () => {
  it('writes each document\'s records, tagged with its id, one JSON object a line, in input order, and nothing else', () => {
    const run = mapper(jsonl(documents));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((line) => JSON.parse(line));
    expect(records.length).toBeGreaterThan(200);
    expect(records.every((r) => r.file === '-' && Object.keys(r)[0] === 'doc_id')).toBe(true);
    // In input order: the ids come as the documents did, each in one run.
    const order = records.map((r) => r.doc_id).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(order).toEqual(documents.map((d) => d.id).filter((id) => order.includes(id)));
    expect(new Set(order).size).toBe(order.length);
    expect(order).toContain(7);
  });

  it('gives the same bytes with --jobs 1, as an engine that runs a task per core is told, and with two threads', () => {
    expect(mapper(jsonl(documents), ['--jobs', '1']).stdout).toBe(expected);
    expect(mapper(jsonl(documents), ['--jobs', '2']).stdout).toBe(expected);
  });

  it('runs in an empty environment, as PySpark\'s pipe() starts it by default', () => {
    const run = mapper(jsonl(documents), ['--jobs', '1'], {});
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected);
  });

  it('empty input: empty output, exit 0; so for blank lines alone and documents without claims', () => {
    for (const input of ['', '\n', '\n\n\r\n', jsonl([{ id: 'x', text: 'Không có số liệu.' }])]) {
      const run = mapper(input);
      expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
    }
  });

  it('takes line ends as engines hand them over: CRLF, and a last line without a line feed', () => {
    const lines = documents.map((d) => JSON.stringify(d));
    expect(mapper(lines.join('\r\n')).stdout).toBe(expected);
    expect(mapper(`${lines.join('\n')}\n\n`).stdout).toBe(expected);
  });

  it('writes a record on one line when its document holds U+2028, U+2029 or U+0085 (engines split at \\n)', () => {
    const odd = [{ id: 'sep', text: 'Có 5 hộ\u2028và 6 người\u2029và 7 xã\u0085và 8 hộ.' }];
    const run = mapper(jsonl(odd));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(recordsOf(odd));
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).text)).toEqual(['5', '6', '7', '8']);
    expect(lines.some((l) => l.includes('\u2028'))).toBe(true);
  });
});

describe('a document that cannot be read fails alone', () => {
  // Lines that are not {"id", "text"} documents, at the start, in the middle and at the end.
  const broken = new Map<number, string>([
    [0, 'not json'],
    [5, '{"id": "cut", "text": "Có 5 hộ'],
    [17, '["an", "array"]'],
    [23, '{"id": "no-text"}'],
    [30, '{"id": {"an": "object"}, "text": "Có 5 hộ."}'],
    [36, '{"id": "not-a-string", "text": 42}'],
  ]);
  const lines: string[] = [];
  const badLines: number[] = []; // their line numbers, from 1
  const bad = (line: string) => badLines.push(lines.push(line));
  documents.forEach((d, i) => {
    if (broken.has(i)) bad(broken.get(i)!);
    lines.push(JSON.stringify(d));
  });
  bad('{"id": "last", "text": '); // no line feed after it
  const input = lines.join('\n');

  it('writes every other document\'s records, reports each bad line by its number on stderr, exits 1', () => {
    expect(badLines).toHaveLength(broken.size + 1);
    const run = mapper(input);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(expected);
    const reported = run.stderr.split('\n').filter(Boolean);
    expect(reported.map((l) => Number(/^solieu: -:(\d+): \S/.exec(l)?.[1]))).toEqual(badLines);
    expect(reported).toEqual([
      expect.stringMatching(/^solieu: -:\d+: not JSON \(/),
      expect.stringMatching(/^solieu: -:\d+: not JSON \(/),
      expect.stringMatching(/^solieu: -:\d+: not a JSON object$/),
      expect.stringMatching(/^solieu: -:\d+: no string field "text"$/),
      expect.stringMatching(/^solieu: -:\d+: field "id" is neither a string nor a number$/),
      expect.stringMatching(/^solieu: -:\d+: no string field "text"$/),
      expect.stringMatching(/^solieu: -:\d+: not JSON \(/),
    ]);
  });

  it('exits 0 with --exit-zero, the failures still on stderr', () => {
    const run = mapper(input, ['--exit-zero', '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(badLines.length);
  });

  it('a line past --max-bytes fails alone too', () => {
    const small = documents.slice(news.length);
    const big = { id: 'big', text: `Có 5 hộ. ${'Một câu không có số liệu. '.repeat(200)}` };
    const run = mapper(jsonl([small[0]!, big, ...small.slice(1)]), ['--max-bytes', '2K']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('solieu: -:2: more than the 2.0 KB a document may have (--max-bytes)\n');
    expect(run.stdout).toBe(recordsOf(small));
  });

  // JSON Lines are UTF-8: a line with other bytes fails alone, named, instead of being read with
  // U+FFFD in place of its letters (it used to be, in silence).
  it('reports a document whose bytes are not UTF-8, and reads the others', () => {
    const input = Buffer.concat([Buffer.from('{"id":"a","text":"Có 5 hộ."}\n{"id":"bad","text":"C'), Buffer.from([0xff, 0xfe]), Buffer.from(' 6 hộ."}\n')]);
    const run = mapper(input);
    expect(run.stderr).toBe('solieu: -:2: bytes that are not UTF-8 (JSON Lines are UTF-8 text)\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('"doc_id":"a"');
  });
});

describe('streaming', () => {
  it('writes records before its input ends, so a split of millions of documents is never held whole', async () => {
    const child = spawn(process.execPath, [bin, ...MAPPER, '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const firstOutput = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); resolve(); }));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `d${i}`, text: `Năm nay có ${i + 1} hộ được hỗ trợ.` }));
    child.stdin.write(jsonl(many));
    // Standard input stays open: the first records must come all the same.
    const timedOut = await Promise.race([firstOutput.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 15_000))]);
    child.stdin.end();
    expect(timedOut).toBe(false);
    expect(await exited).toBe(0);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1000);
  }, 30_000);
});
