import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, METRIC_KINDS, parseNumber } from '../src/index.js';
import { claimAt, expectedFields } from './helpers/claims.js';
import { readTable } from './helpers/table.js';

const here = (path: string) => new URL(path, import.meta.url);
const metric = new Set<string>(METRIC_KINDS);

function claimCases(dir: string) {
  return readdirSync(here(dir)).filter((f) => f.endsWith('.tsv')).flatMap((f) => readTable(here(`${dir}/${f}`)).map((row) => ({ file: f, row })));
}

function checkClaim(row: Record<string, string>) {
  const record = claimAt(row.text!, row.num!);
  expect(record, `no claim at "${row.num}" in: ${row.text}`).toBeDefined();
  expect(record, `claim at "${row.num}" in: ${row.text}`).toMatchObject(expectedFields(row));
}

function checkNoClaim(row: Record<string, string>) {
  const claims = extract(row.text!).filter((r) => metric.has(r.kind));
  expect(claims.map((r) => `${r.kind} ${r.text}`), `${row.category}: ${row.text}`).toEqual([]);
}

describe('claims corpus', () => {
  for (const { file, row } of claimCases('corpus/claims')) {
    it(`${file}: ${row.num} in "${row.text}"`, () => checkClaim(row));
  }
});

describe('non-claims corpus: must yield nothing', () => {
  for (const row of readTable(here('corpus/non-claims.tsv'))) {
    it(`${row.category}: "${row.text}"`, () => checkNoClaim(row));
  }
});

describe('parseNumber corpus', () => {
  for (const row of readTable(here('corpus/numbers.tsv'))) {
    it(`"${row.phrase}" → ${row.value}`, () => {
      expect(parseNumber(row.phrase!)).toBe(row.value === '-' ? null : Number(row.value));
    });
  }
});

describe('backlog: known failures, kept until fixed', () => {
  for (const { file, row } of claimCases('corpus/backlog').filter(({ file }) => file !== 'non-claims.tsv')) {
    it.fails(`${file}: ${row.num} in "${row.text}"`, () => checkClaim(row));
  }
});
