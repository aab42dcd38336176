import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchDocument } from '../src/batch/document.js';
import { findFiles } from '../src/batch/find-files.js';
import { jsonlDocuments } from '../src/batch/jsonl-documents.js';
import { inOrder } from '../src/batch/ordered.js';
import { formatSummary, SummaryCounter } from '../src/batch/summary.js';
import { streamSink } from '../src/cli/output.js';
import { extract, extractMany, type ClaimRecord } from '../src/index.js';
import { ClaimGrouper, parseGroupKeys } from '../src/stats/group-claims.js';

const dir = (name: string) => new URL(`../${name}/`, import.meta.url).pathname;
const articles = (folder: string): BatchDocument[] =>
  readdirSync(dir(folder)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, path: join(dir(folder), f) }));
const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
async function* asLines(text: string) {
  yield* text.split('\n');
}

describe('inOrder', () => {
  it('yields results in input order however the work finishes, with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 10, 1, 25, 2];
    const work = async (d: number, i: number) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, d));
      inFlight--;
      return i;
    };
    expect(await collect(inOrder(delays, work, 3))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });
  it('yields nothing for no items', async () => expect(await collect(inOrder([], async (x) => x, 4))).toEqual([]));
});

describe('extractMany', () => {
  const documents = [...articles('samples'), ...articles('test/gold-extra')];
  const recordsOf = async (jobs: number) => (await collect(extractMany(documents, { jobs }))).map((r) => [r.name, r.records, r.failure]);

  it(`gives the same records in the same order with 2 worker threads as in one thread (${documents.length} articles)`, async () => {
    const one = await recordsOf(1);
    expect(one.flatMap(([, records]) => records as ClaimRecord[]).length).toBeGreaterThan(500);
    expect(await recordsOf(2)).toEqual(one);
  });

  it('equals extract() document by document', async () => {
    const [first] = await collect(extractMany(documents.slice(0, 1), { jobs: 1 }));
    const path = (documents[0] as { path: string }).path;
    expect(first!.records).toEqual(extract(readFileSync(path, 'utf8'), { file: documents[0]!.name }));
  });

  it('reports a failing document and goes on with the next', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'solieu-batch-'));
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x43, 0, 0x01]));
    writeFileSync(join(folder, 'notes.docx'), 'PK\x03\x04 but not a zip');
    writeFileSync(join(folder, 'good.txt'), 'Có 94 xã đăng ký.');
    const docs: BatchDocument[] = ['binary.txt', 'missing.txt', 'notes.docx', 'good.txt'].map((f) => ({ name: f, path: join(folder, f) }));
    for (const jobs of [1, 2]) {
      const results = await collect(extractMany(docs, { jobs }));
      expect(results.map((r) => r.failure?.code ?? r.records.length)).toEqual(['INPUT_BINARY', 'INPUT_UNREADABLE', 'INPUT_CORRUPT', 1]);
    }
  });

  it('carries a document id into every record', async () => {
    const [result] = await collect(extractMany([{ name: 'x', docId: 'bài-7', text: 'Có 94 xã. Có 5 hộ.' }], { jobs: 1 }));
    expect(result!.records.map((r) => r.doc_id)).toEqual(['bài-7', 'bài-7']);
  });
});

describe('jsonlDocuments', () => {
  // Lines are parsed where they are extracted: read them as extractMany does, in this thread.
  const read = async (text: string, fields?: { idField?: string; textField?: string }) => {
    const documents = await collect(jsonlDocuments(asLines(text), 'docs.jsonl', fields));
    const results = await collect(extractMany(documents, { jobs: 1 }));
    return results.map((r, k) => (r.failure ? `${r.failure.code} ${r.failure.message}` : { name: r.name, file: documents[k]!.file, docId: r.docId, bytes: r.bytes }));
  };

  it('reads one document a line, with its id, skipping blank lines', async () => {
    expect(await read('{"id":"a","text":"Có 5 xã."}\n\n{"id":7,"text":"x"}\n')).toEqual([
      { name: 'docs.jsonl:1', file: 'docs.jsonl', docId: 'a', bytes: 10 },
      { name: 'docs.jsonl:3', file: 'docs.jsonl', docId: 7, bytes: 1 },
    ]);
  });
  it('gives a document without an id its line number', async () => {
    expect(await read('{"text":"x"}')).toEqual([{ name: 'docs.jsonl:1', file: 'docs.jsonl', docId: 1, bytes: 1 }]);
  });
  it('reads other field names', async () => {
    expect(await read('{"url":"u1","body":"x"}', { idField: 'url', textField: 'body' })).toMatchObject([{ docId: 'u1', bytes: 1 }]);
  });
  // Must not be read as documents: each becomes a failure naming its line.
  const malformed: [string, RegExp][] = [
    ['not json', /^INPUT_MALFORMED docs\.jsonl:1: not JSON/],
    ['{"id":1,"text":"unclosed', /^INPUT_MALFORMED docs\.jsonl:1: not JSON/],
    ['[1,2]', /^INPUT_MALFORMED docs\.jsonl:1: not a JSON object$/],
    ['"text"', /^INPUT_MALFORMED docs\.jsonl:1: not a JSON object$/],
    ['null', /^INPUT_MALFORMED docs\.jsonl:1: not a JSON object$/],
    ['{"id":1}', /^INPUT_MALFORMED docs\.jsonl:1: no string field "text"$/],
    ['{"id":1,"text":42}', /^INPUT_MALFORMED docs\.jsonl:1: no string field "text"$/],
    ['{"id":{"a":1},"text":"x"}', /^INPUT_MALFORMED docs\.jsonl:1: field "id" is neither a string nor a number$/],
  ];
  for (const [line, message] of malformed) it(`not: ${line}`, async () => expect((await read(line))[0]).toMatch(message));
  it('reads on after a malformed line', async () => {
    expect((await read('oops\n{"id":"b","text":"y"}')).map((d) => (typeof d === 'string' ? 'failed' : d.docId))).toEqual(['failed', 'b']);
  });
});

describe('findFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'solieu-find-'));
  mkdirSync(join(root, 'b/deep'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  mkdirSync(join(root, '.hidden'));
  for (const f of ['a.txt', 'b/c.TXT', 'b/deep/d.text', 'b/r.pdf', 'b/skip.odt', '.hidden/e.txt', 'z.txt']) writeFileSync(join(root, f), 'x');
  const names = async (args: string[]) => (await findFiles(args)).map((d) => ('failure' in d ? `${d.failure.code}` : d.name.slice(root.length + 1)));

  it('walks a directory recursively in name order, documents only, no hidden entries', async () => {
    expect(await names([root])).toEqual(['a.txt', 'b/c.TXT', 'b/deep/d.text', 'b/r.pdf', 'z.txt']);
  });
  it('expands a pattern that is not a path, sorted', async () => {
    expect(await names([`${root}/**/*.txt`])).toEqual(['a.txt', 'z.txt']);
    expect(await names([`${root}/b/**/*`])).toEqual(['b/c.TXT', 'b/deep/d.text', 'b/r.pdf']);
  });
  it('keeps the order of the arguments', async () => expect(await names([join(root, 'z.txt'), join(root, 'a.txt')])).toEqual(['z.txt', 'a.txt']));
  it('turns what names nothing into a failed document', async () => {
    expect(await names([join(root, 'nope.txt'), join(root, 'empty'), `${root}/*.docx`])).toEqual(['INPUT_NOT_FOUND', 'INPUT_EMPTY_DIRECTORY', 'INPUT_NOT_FOUND']);
  });
});

describe('summary', () => {
  const record = (kind: ClaimRecord['kind']) => ({ kind }) as ClaimRecord;
  it('counts documents, claims by kind and failures by code', () => {
    const counter = new SummaryCounter();
    const records = [record('count'), record('percent'), record('count')];
    counter.add({ index: 0, name: 'a', bytes: 1000, records, rendered: null, claims: 3, claimsByKind: { count: 2, percent: 1 }, failure: null });
    counter.add({ index: 1, name: 'b', bytes: 0, records: [], rendered: null, claims: 0, claimsByKind: {}, failure: { code: 'INPUT_BINARY', message: 'b: binary file' } });
    const s = counter.finish();
    expect(s).toMatchObject({ documents: 2, failed: 1, claims: 3, claimsByKind: { count: 2, percent: 1 }, bytes: 1000, failuresByCode: { INPUT_BINARY: 1 } });
    expect(s.failures).toEqual([{ name: 'b', code: 'INPUT_BINARY', message: 'b: binary file' }]);
    expect(formatSummary(s)).toMatch(/^solieu: 2 documents, 3 claims \(count 2, percent 1\)\nsolieu: 0\.0 MB of text in .*\nsolieu: 1 failed \(INPUT_BINARY 1\):\nsolieu:   b: binary file\n$/);
  });
});

describe('ClaimGrouper', () => {
  const r = (kind: ClaimRecord['kind'], unit: string | null, value: number, file = 'a') => ({ kind, unit, value, file }) as ClaimRecord;
  it('counts claims and documents per group, sums values per unit, most claims first', () => {
    const g = new ClaimGrouper(parseGroupKeys('kind,unit'));
    g.addDocument([r('money', 'tỷ đồng', 2.5e9), r('count', 'xã', 94), r('money', 'tỷ đồng', 1e9)]);
    g.addDocument([r('money', 'tỷ đồng', 0.5e9, 'b')]);
    expect(g.result()).toEqual([
      { keys: { kind: 'money', unit: 'tỷ đồng' }, claims: 3, documents: 2, sum: 4e9, min: 0.5e9, max: 2.5e9, mean: 1333333333.33 },
      { keys: { kind: 'count', unit: 'xã' }, claims: 1, documents: 1, sum: 94, min: 94, max: 94, mean: 94 },
    ]);
  });
  it('never sums percentages: their range and mean', () => {
    const g = new ClaimGrouper(parseGroupKeys('kind,unit_norm'));
    g.addDocument([{ ...r('percent', '%', 53.17), unit_norm: '%' }, { ...r('percent', '%', 35.17), unit_norm: '%' }]);
    expect(g.result()).toEqual([{ keys: { kind: 'percent', unit_norm: '%' }, claims: 2, documents: 1, sum: null, min: 35.17, max: 53.17, mean: 44.17 }]);
  });
  it('does not sum across units', () => {
    const g = new ClaimGrouper(parseGroupKeys('kind'));
    g.addDocument([r('money', 'USD', 5), r('money', 'đồng', 7)]);
    expect(g.result()).toEqual([{ keys: { kind: 'money' }, claims: 2, documents: 1, sum: null, min: null, max: null, mean: null }]);
  });
  it('rejects an unknown key', () => expect(() => parseGroupKeys('kind,colour')).toThrow(/--group-by.*"colour"/));
});

describe('streamSink', () => {
  it('waits for "drain" when the stream is full, so records do not pile up in memory', async () => {
    let drain: (() => void) | undefined;
    const sink = streamSink({ write: () => false, once: (_event, listener) => (drain = listener) });
    let written = false;
    const pending = (sink.write('x') as Promise<void>).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(written).toBe(false);
    drain!();
    await pending;
    expect(written).toBe(true);
  });
});
