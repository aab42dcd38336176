import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, METRIC_KINDS, parseNumber } from '../src/index.js';
import { claimAt, expectedFields } from './helpers/claims.js';
import { readTable } from './helpers/table.js';

// The construction corpus (test/corpus/constructions/README.md): for each family of the grammar
// of quantities, phrases and the record each must give, and look-alikes that must give nothing
// or something else. Rows that fail for a known reason wait in backlog/ as expected failures.
const dir = new URL('corpus/constructions/', import.meta.url);
const backlogDir = new URL('corpus/constructions/backlog/', import.meta.url);
const metric = new Set<string>(METRIC_KINDS);
const tables = (from: URL, suffix: string) =>
  existsSync(from) ? readdirSync(from).filter((f) => f.endsWith(suffix) && (suffix !== '.tsv' || !/\.(not|parse)\.tsv$/.test(f))).sort() : [];

function checkClaim(row: Record<string, string>) {
  const record = claimAt(row.text!, row.num!);
  expect(record, `no claim at "${row.num}" in: ${row.text}`).toBeDefined();
  expect(record, `claim at "${row.num}" in: ${row.text}`).toMatchObject(expectedFields(row));
}

function checkLookAlike(row: Record<string, string>) {
  if (row.kind === '-') {
    const record = claimAt(row.text!, row.num!);
    const found = record && metric.has(record.kind) ? `${record.kind} ${record.value} "${record.text}"` : null;
    expect(found, `${row.why}: "${row.num}" in: ${row.text}`).toBeNull();
  } else checkClaim(row);
}

function checkParse(row: Record<string, string>) {
  expect(parseNumber(row.phrase!), `parseNumber("${row.phrase}")`).toBe(row.value === '-' ? null : Number(row.value));
}

const KINDS = [
  ['.tsv', 'must give', checkClaim],
  ['.not.tsv', 'look-alikes', checkLookAlike],
  ['.parse.tsv', 'parseNumber', checkParse],
] as const;

const rowsOf = (from: URL, suffix: string) => tables(from, suffix).flatMap((file) => readTable(new URL(file, from)).map((row) => ({ file, row })));
const name = ({ file, row }: { file: string; row: Record<string, string> }) => `${file}: ${row.num ?? row.phrase} in "${row.text ?? ''}"`;

for (const [suffix, title, check] of KINDS) {
  describe(`constructions, ${title}`, () => {
    for (const c of rowsOf(dir, suffix)) it(name(c), () => check(c.row));
  });
  const waiting = rowsOf(backlogDir, suffix);
  if (waiting.length) {
    describe(`constructions backlog, ${title}: known failures`, () => {
      for (const c of waiting) it.fails(name(c), () => check(c.row));
    });
  }
}

it('extract never throws on a construction row', () => {
  for (const file of tables(dir, '.tsv')) for (const row of readTable(new URL(file, dir))) expect(() => extract(row.text!)).not.toThrow();
});
