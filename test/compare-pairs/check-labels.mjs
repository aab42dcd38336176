#!/usr/bin/env node
// Checks the hand-labelled compare-pairs evaluation set in this directory.
//
//   node test/compare-pairs/check-labels.mjs            # check everything
//   node test/compare-pairs/check-labels.mjs --show     # also print each label's context
//   node test/compare-pairs/check-labels.mjs --corpus /path/news.jsonl
//                                                       # also compare the article texts with
//                                                       # the corpus (default path used if present)
//
// Exits with status 1 on any problem. Self-contained: imports nothing from the project.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const SHOW = args.includes('--show');
const corpusArg = args.indexOf('--corpus');
const CORPUS = corpusArg >= 0 ? args[corpusArg + 1] : '/work/shared/bench/news.jsonl';

const problems = [];
const problem = (msg) => problems.push(msg);

// ---------------------------------------------------------------------------
// Stand-alone occurrence rule (documented in README.md):
// an occurrence of the string `num` at position i..j is stand-alone unless
//   - the character before it is a letter or digit (e.g. "BN2831", "F1", "12" in "112");
//   - the character before it is one of . , : and the one before that is a digit
//     (e.g. "270" in "1.270", "5" in "2,5", "30" in "12:30");
//   - the character before it is one of - – / and the one before that is a letter or digit
//     (e.g. "27" in "27/27", "11" in "10/11/2021", "2" in "SARS-CoV-2", "343" in "6-343");
//   - the character after it is a digit;
//   - the character after it is one of . , / : - – and the one after that is a digit
//     (e.g. "10" in "10/11/2021", "6" in "6-343", "2" in "2,5");
//   - `num` ends with a letter (scale word) and the character after it is a letter.
// A letter directly after a number that ends with a digit does not break it:
// "600" is stand-alone in "600km", "70" in "70mm" (and, as a side effect, "4" in "4G").
// ---------------------------------------------------------------------------
import { standaloneOccurrences } from './occurrences.mjs';

function context(text, pos, num, width = 50) {
  return (text.slice(Math.max(0, pos - width), pos) + '⟦' + num + '⟧' +
    text.slice(pos + num.length, pos + num.length + width)).replace(/\n/g, ' ');
}

function readText(path) {
  const buf = readFileSync(path);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    problem(`${path}: not valid UTF-8`);
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) problem(`${path}: starts with a BOM`);
  if (text.includes('\r')) problem(`${path}: contains CR characters (must use LF line ends)`);
  if (text !== text.normalize('NFC')) problem(`${path}: text is not in Unicode NFC`);
  if (text.trim() === '') problem(`${path}: empty`);
  return text;
}

// ---------------------------------------------------------------------------
// README table: | pair | id a | id b | topic | same | different |
// ---------------------------------------------------------------------------
const readmePath = join(DIR, 'README.md');
const readmeRows = new Map();
if (!existsSync(readmePath)) {
  problem('README.md is missing');
} else {
  const readme = readText(readmePath) ?? '';
  for (const line of readme.split('\n')) {
    const m = line.match(/^\|\s*`?([a-z0-9-]+)`?\s*\|\s*`?([\w-]+)`?\s*\|\s*`?([\w-]+)`?\s*\|([^|]*)\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*$/);
    if (m) readmeRows.set(m[1], { idA: m[2], idB: m[3], topic: m[4].trim(), same: +m[5], different: +m[6] });
  }
}

// ---------------------------------------------------------------------------
// Pairs and labels
// ---------------------------------------------------------------------------
const files = readdirSync(DIR);
const pairNames = files.filter((f) => f.endsWith('.labels.jsonl')).map((f) => f.slice(0, -'.labels.jsonl'.length)).sort();
if (pairNames.length === 0) problem('no *.labels.jsonl files found');

for (const f of files) {
  const m = f.match(/^(.+)\.(a|b)\.txt$/);
  if (m && !pairNames.includes(m[1])) problem(`${f}: article file without a matching ${m[1]}.labels.jsonl`);
}

const ALLOWED_KEYS = new Set(['a', 'b', 'relation', 'same_figure', 'note']);
let totalSame = 0;
let totalDifferent = 0;
let totalFalse = 0;
const texts = new Map();

for (const name of pairNames) {
  const pathA = join(DIR, `${name}.a.txt`);
  const pathB = join(DIR, `${name}.b.txt`);
  if (!existsSync(pathA) || !existsSync(pathB)) {
    problem(`${name}: missing ${existsSync(pathA) ? '' : name + '.a.txt '}${existsSync(pathB) ? '' : name + '.b.txt'}`);
    continue;
  }
  const side = { a: readText(pathA), b: readText(pathB) };
  if (side.a === null || side.b === null) continue;
  texts.set(name, side);
  if (side.a === side.b) problem(`${name}: a and b texts are identical`);

  const raw = readFileSync(join(DIR, `${name}.labels.jsonl`), 'utf8');
  if (raw.includes('\r')) problem(`${name}.labels.jsonl: contains CR characters`);
  if (raw.length && !raw.endsWith('\n')) problem(`${name}.labels.jsonl: last line has no newline`);
  const lines = raw.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();

  let nSame = 0;
  let nDiff = 0;
  const seen = new Map();
  lines.forEach((line, k) => {
    const where = `${name}.labels.jsonl:${k + 1}`;
    let o;
    try {
      o = JSON.parse(line);
    } catch (e) {
      problem(`${where}: invalid JSON (${e.message})`);
      return;
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      problem(`${where}: not a JSON object`);
      return;
    }
    for (const key of Object.keys(o)) if (!ALLOWED_KEYS.has(key)) problem(`${where}: unexpected key "${key}"`);
    if (o.relation !== 'same' && o.relation !== 'different') problem(`${where}: relation must be "same" or "different"`);
    if (o.relation === 'same' && typeof o.same_figure !== 'boolean') problem(`${where}: "same" label needs boolean same_figure`);
    if (o.relation === 'different' && 'same_figure' in o) problem(`${where}: same_figure is only for "same" labels`);
    if (typeof o.note !== 'string' || o.note.trim() === '') problem(`${where}: note must be a non-empty string`);
    if (o.relation === 'same') { nSame++; if (o.same_figure === false) totalFalse++; }
    if (o.relation === 'different') nDiff++;

    const ctx = {};
    for (const s of ['a', 'b']) {
      const c = o[s];
      if (c === null || typeof c !== 'object' || Array.isArray(c)) {
        problem(`${where}: "${s}" must be an object {num, occ}`);
        continue;
      }
      for (const key of Object.keys(c)) if (key !== 'num' && key !== 'occ') problem(`${where}: unexpected key "${s}.${key}"`);
      if (typeof c.num !== 'string' || c.num === '' || c.num !== c.num.trim()) {
        problem(`${where}: ${s}.num must be a non-empty trimmed string`);
        continue;
      }
      if (!/[0-9]/.test(c.num)) problem(`${where}: ${s}.num "${c.num}" contains no digit`);
      if (!/^[0-9]/.test(c.num)) problem(`${where}: ${s}.num "${c.num}" must start with a digit (no qualifier words)`);
      if (c.num !== c.num.normalize('NFC')) problem(`${where}: ${s}.num is not NFC`);
      if (!Number.isInteger(c.occ) || c.occ < 1) {
        problem(`${where}: ${s}.occ must be an integer >= 1`);
        continue;
      }
      const occ = standaloneOccurrences(side[s], c.num);
      if (occ.length < c.occ) {
        problem(`${where}: ${s}.num "${c.num}" occ ${c.occ} not found (only ${occ.length} stand-alone occurrence(s) in ${name}.${s}.txt)`);
        continue;
      }
      ctx[s] = context(side[s], occ[c.occ - 1], c.num);
    }
    if (o.a && o.b) {
      const key = JSON.stringify([o.a.num, o.a.occ, o.b.num, o.b.occ]);
      if (seen.has(key)) problem(`${where}: same (a, b) claim pair already labelled on line ${seen.get(key)}`);
      else seen.set(key, k + 1);
    }
    if (SHOW && ctx.a && ctx.b) {
      console.log(`[${name}:${k + 1}] ${o.relation}${o.relation === 'same' ? (o.same_figure ? '/agree' : '/CONTRADICT') : ''} — ${o.note}`);
      console.log(`   a: ${ctx.a}`);
      console.log(`   b: ${ctx.b}`);
    }
  });

  if (nSame < 3) problem(`${name}: only ${nSame} "same" labels (need at least 3 shared facts per pair)`);
  totalSame += nSame;
  totalDifferent += nDiff;

  const row = readmeRows.get(name);
  if (!row) problem(`README.md: no table row for pair ${name}`);
  else if (row.same !== nSame || row.different !== nDiff) {
    problem(`README.md: row for ${name} says ${row.same}/${row.different} but labels have ${nSame}/${nDiff}`);
  }
  console.log(`${name.padEnd(32)} same ${String(nSame).padStart(3)}  different ${String(nDiff).padStart(3)}`);
}
for (const name of readmeRows.keys()) if (!pairNames.includes(name)) problem(`README.md: row for unknown pair ${name}`);

// ---------------------------------------------------------------------------
// Optional: the texts must be the corpus "text" fields verbatim (after NFC / LF).
// ---------------------------------------------------------------------------
if (existsSync(CORPUS) && readmeRows.size) {
  const wanted = new Map();
  for (const [name, row] of readmeRows) {
    wanted.set(row.idA, [name, 'a']);
    wanted.set(row.idB, [name, 'b']);
  }
  const found = new Set();
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const art = JSON.parse(line);
    const w = wanted.get(art.id);
    if (!w) continue;
    found.add(art.id);
    const [name, s] = w;
    const t = texts.get(name)?.[s];
    if (t === undefined) continue;
    const expected = art.text.replace(/\r\n?/g, '\n').normalize('NFC');
    if (t !== expected) problem(`${name}.${s}.txt differs from corpus text of ${art.id}`);
  }
  for (const id of wanted.keys()) if (!found.has(id)) problem(`corpus: article id ${id} (README) not found in ${CORPUS}`);
  console.log(`corpus check: ${found.size}/${wanted.size} article texts compared with ${CORPUS}`);
} else if (corpusArg >= 0) {
  problem(`corpus file ${CORPUS} not found`);
}

console.log(`total: ${pairNames.length} pairs, ${totalSame} same (${totalFalse} with same_figure=false), ${totalDifferent} different`);
if (totalSame < 80) problem(`only ${totalSame} "same" labels overall (target: at least 80)`);
if (totalDifferent < 80) problem(`only ${totalDifferent} "different" labels overall (target: at least 80)`);
if (totalDifferent < totalSame) problem(`fewer "different" (${totalDifferent}) than "same" (${totalSame}) labels`);

if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error('  - ' + p);
  process.exit(1);
}
console.log('OK');
