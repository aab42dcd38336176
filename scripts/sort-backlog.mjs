#!/usr/bin/env node
// Keeps test/corpus/constructions/ honest: a row that fails today moves to backlog/ (where the
// tests expect it to fail, so a fix shows), and a backlog row that passes moves back. Run after
// `npm run build`; prints what moved. The rows' expectations are never changed.
//
//   node scripts/sort-backlog.mjs [--dry-run]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extract, METRIC_KINDS, normalize, occurrences, parseNumber } from '../dist/index.js';

const dir = new URL('../test/corpus/constructions/', import.meta.url);
const backlog = new URL('backlog/', dir);
const dry = process.argv.includes('--dry-run');
const metric = new Set(METRIC_KINDS);
const FIELDS = ['kind', 'value', 'value_max', 'denominator', 'unit', 'qualifier', 'change', 'currency'];
const NUMERIC = new Set(['value', 'value_max', 'denominator']);

function claimAt(text, num) {
  const at = occurrences(normalize(text), num.normalize('NFC'))[0];
  if (at === undefined) return undefined;
  return extract(text).find((r) => r.start < at + num.length && at < r.end);
}
function fits(row) {
  const r = claimAt(row.text, row.num);
  if (!r) return false;
  return FIELDS.every((f) => {
    const cell = row[f];
    if (cell === undefined || cell === '') return true;
    const want = cell === '-' ? null : NUMERIC.has(f) ? Number(cell) : cell;
    return NUMERIC.has(f) && want !== null ? typeof r[f] === 'number' && Math.abs(r[f] - want) <= 1e-9 * Math.max(1, Math.abs(want)) : (r[f] ?? null) === want;
  });
}
const passes = {
  claims: fits,
  not: (row) => (row.kind === '-' ? !(claimAt(row.text, row.num) && metric.has(claimAt(row.text, row.num).kind)) : fits(row)),
  parse: (row) => parseNumber(row.phrase) === (row.value === '-' ? null : Number(row.value)),
};
const kindOf = (file) => (file.endsWith('.not.tsv') ? 'not' : file.endsWith('.parse.tsv') ? 'parse' : 'claims');

/** A table's lines, and its rows (each with its line) after the header. */
function read(url) {
  if (!existsSync(url)) return null;
  const lines = readFileSync(url, 'utf8').replace(/\n+$/, '').split('\n');
  const headerAt = lines.findIndex((l) => l.trim() && !l.startsWith('#'));
  const columns = lines[headerAt].split('\t');
  const rows = lines.slice(headerAt + 1).filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => ({ line, row: Object.fromEntries(columns.map((c, i) => [c, line.split('\t')[i] ?? ''])) }));
  return { lines, header: lines[headerAt], rows };
}

let moved = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
  const main = read(new URL(file, dir));
  const waiting = read(new URL(file, backlog));
  const check = passes[kindOf(file)];
  const failing = new Set(main.rows.filter((r) => !check(r.row)).map((r) => r.line));
  const fixed = new Set((waiting?.rows ?? []).filter((r) => check(r.row)).map((r) => r.line));
  for (const line of failing) console.log(`to backlog: ${file}: ${line.split('\t').slice(0, 2).join(' | ')}`);
  for (const line of fixed) console.log(`fixed:      ${file}: ${line.split('\t').slice(0, 2).join(' | ')}`);
  moved += failing.size + fixed.size;
  if (dry || (!failing.size && !fixed.size)) continue;
  // Rows keep their place; a fixed row goes back to the end of its table.
  writeFileSync(new URL(file, dir), [...main.lines.filter((l) => !failing.has(l)), ...fixed].join('\n') + '\n');
  mkdirSync(backlog, { recursive: true });
  const head = [`# Rows of ../${file} that solieu gets wrong today: expected failures (test/constructions.test.ts) until fixed.`, main.header];
  const kept = waiting ? waiting.lines.filter((l) => !fixed.has(l)) : head;
  const rest = [...kept, ...failing];
  if (rest.some((l) => l.trim() && !l.startsWith('#') && l !== main.header)) writeFileSync(new URL(file, backlog), rest.join('\n') + '\n');
  else if (waiting) writeFileSync(new URL(file, backlog), rest.join('\n') + '\n');
}
console.log(`${moved} row(s) ${dry ? 'would move' : 'moved'}`);
