import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

// integrations/dask/solieu_dask.py on a real Dask LocalCluster of two worker processes, against
// the built command (npm test builds first). The Python is Debian's (python3-dask,
// python3-distributed), which .ci/run installs: without it these tests fail, they do not skip.
const PYTHON = '/usr/bin/python3';
const INSTALL = `python3-distributed is missing for ${PYTHON}: apt-get install python3-distributed python3-dask (.ci/run installs them)`;
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const runLocal = fileURLToPath(new URL('../integrations/dask/run_local.py', import.meta.url));
const moduleChecks = fileURLToPath(new URL('./dask/module_checks.py', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/news-2000.jsonl.gz', import.meta.url));

// How the Python side starts solieu (solieu_dask reads SOLIEU_CMD), and no __pycache__ left in the tree.
const pythonEnv = { ...process.env, SOLIEU_CMD: `"${process.execPath}" "${bin}"`, PYTHONDONTWRITEBYTECODE: '1' };
const python = (args: string[]) => spawnSync(PYTHON, args, { encoding: 'utf8', env: pythonEnv, maxBuffer: 1 << 28, timeout: 110_000 });

const hasDistributed = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' }).status === 0;

/** A record as one canonical string: its fields in name order. */
const canonical = (record: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))));
const jsonLines = (text: string) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

it(`Dask's distributed scheduler is installed for ${PYTHON} (apt-get install python3-distributed python3-dask)`, () => {
  expect(hasDistributed, INSTALL).toBe(true);
});

describe('2,000 news articles and one malformed document on a LocalCluster of two worker processes', () => {
  const documents = gunzipSync(readFileSync(fixture)).toString('utf8').split('\n').filter(Boolean);
  // A line cut short, as a writer killed mid-line leaves it, between the 1,000th and the 1,001st article.
  const malformed = '{"id": "malformed-1", "text": "Theo báo cáo, có 12 hộ';
  const folder = mkdtempSync(join(tmpdir(), 'solieu-dask-'));
  const input = join(folder, 'news.jsonl');
  const output = join(folder, 'claims.jsonl');
  const failuresFile = join(folder, 'failures.jsonl');
  let expected: string[];
  let run: ReturnType<typeof python>;

  beforeAll(() => {
    expect(documents).toHaveLength(2000);
    writeFileSync(input, [...documents.slice(0, 1000), malformed, ...documents.slice(1000)].map((l) => `${l}\n`).join(''));
    // The reference: the same 2,000 documents through one local solieu, as a user runs it.
    const local = spawnSync(process.execPath, [bin, 'extract', '--input-format', 'jsonl', '-f', 'jsonl'], { input: documents.join('\n'), encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(local.status).toBe(0);
    expect(local.stderr).toBe('');
    expected = jsonLines(local.stdout).map(canonical).sort();
    if (!hasDistributed) return;
    // 2MB blocks: the 8.7 MB of input in four partitions, shared between the two workers.
    run = python([runLocal, '--workers', '2', '--blocksize', '2MB', '--failures', failuresFile, input, output]);
  }, 120_000);

  it('gives every record of a local solieu run, ids and offsets included, and nothing else', () => {
    expect(hasDistributed, INSTALL).toBe(true);
    expect(run.error).toBeUndefined();
    expect(run.stderr).toMatch(/solieu_dask: \d+ records, 1 failed documents, \d+ partitions on 2 workers/);
    expect(Number(/(\d+) partitions/.exec(run.stderr)![1])).toBeGreaterThanOrEqual(4);
    const got = jsonLines(readFileSync(output, 'utf8'));
    expect(expected.length).toBeGreaterThan(10_000);
    expect(got).toHaveLength(expected.length);
    expect(got.map(canonical).sort()).toEqual(expected);
    expect(new Set(got.map((r) => r.doc_id)).has('malformed-1')).toBe(false);
  });

  it('reports the malformed document alone, and exits 1 as solieu does', () => {
    expect(hasDistributed, INSTALL).toBe(true);
    expect(run.status).toBe(1);
    const failures = jsonLines(readFileSync(failuresFile, 'utf8'));
    expect(failures).toEqual([{ doc_id: null, error: expect.stringMatching(/^not JSON \(/), document: malformed }]);
    const reported = run.stderr.split('\n').filter((l) => l.startsWith('solieu_dask: line '));
    expect(reported).toEqual([expect.stringMatching(/^solieu_dask: line '\{"id": "malformed-1", .*': not JSON \(/)]);
    // Every other document is there: each one that has claims locally has them here.
    const local = new Set(expected.map((r) => JSON.parse(r).doc_id));
    const distributed = new Set(jsonLines(readFileSync(output, 'utf8')).map((r) => r.doc_id));
    expect(distributed).toEqual(local);
  });
});

describe('solieu_dask on small cases (the synchronous scheduler)', () => {
  let observed: Record<string, any>;
  beforeAll(() => {
    if (!hasDistributed) return;
    const run = python([moduleChecks]);
    expect(run.status, run.stderr).toBe(0);
    observed = JSON.parse(run.stdout);
  }, 60_000);

  it('takes str lines and dicts; each unreadable document becomes a failure item, the others keep their records', () => {
    expect(hasDistributed, INSTALL).toBe(true);
    expect(observed.mixed.records).toEqual([['d1', '5'], ['d2', '7'], [6, '13'], ['d7', '15']]);
    expect(observed.mixed.failures).toEqual([
      { doc_id: 'd3', error: 'no string field "text"', document: '{"id": "d3", "text": null}' },
      { doc_id: 'd5', error: 'a document of more than one line', document: '{"id": "d5",\n"text": "Có 11 hộ."}' },
      { doc_id: null, error: expect.stringMatching(/^not JSON/), document: '{"id": "d4", "text": "Có 9' },
    ]);
    expect(observed.id_field).toEqual({ records: [['a', '5']], failures: [['b', 'no string field "text"']] });
    expect(observed.extra_args).toEqual([['k', '20%']]);
    expect(observed.empty).toEqual([0, 0]);
  });

  it('splits solieu\'s output at line feeds only: a sentence holding U+2028 stays one record', () => {
    expect(hasDistributed, INSTALL).toBe(true);
    expect(observed.separators).toEqual([['u', '5'], ['u', '6'], ['u', '7']]);
  });

  it('raises SolieuError for a usage error, a kill, exit 1 with no document named, a command that is not there', () => {
    expect(hasDistributed, INSTALL).toBe(true);
    expect(observed.usage_error).toEqual({ type: 'SolieuError', message: expect.stringMatching(/exited with status 2: error: unknown option '--no-such-option'/) });
    expect(observed.killed).toEqual({ type: 'SolieuError', message: expect.stringMatching(/was killed by signal 9/) });
    expect(observed.exit_1_without_document).toEqual({ type: 'SolieuError', message: expect.stringMatching(/exited with status 1: solieu: out\.csv: cannot write$/) });
    expect(observed.not_started).toEqual({ type: 'SolieuError', message: expect.stringMatching(/^cannot start \/nonexistent\/solieu/) });
    expect(observed.not_found).toEqual({ type: 'SolieuError', message: expect.stringMatching(/^solieu not found: pass solieu_cmd=/) });
  });
});
