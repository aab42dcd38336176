#!/usr/bin/env node
// Fuzzing through the command line, not only the library: N random documents — claim pieces,
// hostile characters, control and escape sequences, long lines, random code points, and every
// 97th line not JSON at all — as one JSON Lines stream through `solieu extract --input-format
// jsonl -f jsonl --jobs 2`. Checks: the run ends with exit 1 (the malformed lines, each reported
// once on stderr, nothing else there), every output line is JSON, every record belongs to a good
// document, in input order, its text is the document's normalized text at its offsets, and each
// document has exactly the records the library's extract() gives.
//
//   node scripts/fuzz-cli.mjs [--cases 100000] [--seed 7]      (npm run build first)
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, normalize } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const cases = option('--cases', 100_000);
let seed = option('--seed', 7);

/** A small deterministic generator (mulberry32): the same seed, the same documents. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const PIECES = [
  'Có', 'xã', 'hộ nghèo', 'tỷ', 'triệu', 'nghìn', 'đồng', 'USD', '%', 'km2', 'ha', 'tấn', 'năm 2020', 'tháng', 'hơn', 'khoảng', 'không quá',
  'trên', 'dưới', 'tăng', 'giảm', 'từ', 'đến', 'thứ', 'top', 'một', 'hai mươi lăm', 'Quận 1', 'Nghị định số 15/2020/NĐ-CP', 'TP.', '1.200',
  '11,07', '15/63', '3,5-4', '0', '(38,7)', ',', '.', '/', '-', '–', ':', '"', '\n', '\t', '\u00A0', '\u200B', '\uFEFF', '\u0301', '\u202E',
  '\x1b[31m', '\x1b]0;title\x07', '\x00', '\x7f', '\u0085', '\r\n', '…', '$', '€', '°C', '=HYPERLINK("x")', '9%', '1-2-3-4-5',
];

function document() {
  const shape = random();
  if (shape < 0.003) return '9% '.repeat(1 + Math.floor(random() * 3000)); // a long line of figures
  if (shape < 0.02) return Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCodePoint(Math.floor(random() * 0x10ffff) & ~0x800)).join('');
  const parts = Array.from({ length: Math.floor(random() * 40) }, () => (random() < 0.3 ? String(Math.floor(random() * 10_000_000)) : pick(PIECES)));
  return parts.join(random() < 0.8 ? ' ' : '');
}

const work = mkdtempSync(join(tmpdir(), 'solieu-fuzz-'));
try {
  const texts = [];
  const lines = [];
  for (let i = 0; i < cases; i++) {
    if (i % 97 === 96) {
      lines.push(`{"id": ${i}, "text": "not closed`);
      texts.push(null);
    } else {
      const text = document();
      lines.push(JSON.stringify({ id: i, text }));
      texts.push(text);
    }
  }
  const input = join(work, 'fuzz.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const t0 = performance.now();
  const output = join(work, 'out.jsonl');
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('../bin/solieu.js', import.meta.url)), 'extract', input, '--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '2', '-o', output], {
    encoding: 'utf8', maxBuffer: 2 ** 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const problems = [];
  const malformed = texts.filter((t) => t === null).length;
  if (run.status !== (malformed ? 1 : 0)) problems.push(`exit ${run.status}, expected ${malformed ? 1 : 0}`);
  const errors = run.stderr.split('\n').filter(Boolean);
  if (errors.length !== malformed || !errors.every((e) => /^solieu: .*fuzz\.jsonl:\d+: not JSON/.test(e))) problems.push(`stderr: ${errors.length} lines, ${malformed} expected; first: ${errors.find((e) => !/not JSON/.test(e)) ?? errors[0]}`);
  // The output can be longer than a string may be: it is read line by line, a document's records at a time.
  const seen = new Set();
  let records = 0;
  let current = null;
  let got = [];
  const check = (id, list) => {
    seen.add(id);
    const text = texts[id];
    if (typeof text !== 'string') return void problems.push(`document ${id}: records for a document that is malformed or unknown`);
    const normalized = normalize(text);
    const expected = extract(text);
    if (list.length !== expected.length) problems.push(`document ${id}: ${list.length} records, the library gives ${expected.length}`);
    for (const [k, r] of list.entries()) {
      if (normalized.slice(r.start, r.end) !== r.text) problems.push(`document ${id} ${r.id}: text ${JSON.stringify(r.text)} is not at ${r.start}..${r.end}`);
      if (expected[k] && (expected[k].value !== r.value || expected[k].start !== r.start)) problems.push(`document ${id} ${r.id}: differs from the library`);
    }
  };
  for await (const line of createInterface({ input: createReadStream(output), crlfDelay: Infinity })) {
    if (!line) continue;
    let r;
    try {
      r = JSON.parse(line);
    } catch {
      problems.push(`not JSON: ${line.slice(0, 80)}`);
      continue;
    }
    records++;
    if (r.doc_id !== current) {
      if (current !== null) check(current, got);
      if (seen.has(r.doc_id) || (current !== null && r.doc_id < current)) problems.push(`out of order: document ${r.doc_id} after ${current}`);
      current = r.doc_id;
      got = [];
    }
    got.push(r);
  }
  if (current !== null) check(current, got);
  texts.forEach((text, id) => {
    if (text !== null && !seen.has(id) && extract(text).length) problems.push(`document ${id}: no records, the library gives some`);
  });
  console.log(`fuzz-cli  ${cases} documents (${malformed} malformed), ${records} records, ${seconds.toFixed(1)} s through the CLI: ${problems.length ? `${problems.length} PROBLEMS` : 'all checks hold'}`);
  for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
  process.exit(problems.length ? 1 : 0);
} finally {
  rmSync(work, { recursive: true, force: true });
}
