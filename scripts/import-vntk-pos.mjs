#!/usr/bin/env node
// Regenerates dictionaries/grammar/pos.tsv from the part-of-speech dictionary that ships with
// vntk (@vntk/dictionary, MIT licence): word → the set of tags it can take. solieu uses it to
// find where the noun phrase after a number ends (a word that can only be a verb ends it).
//
//   node scripts/import-vntk-pos.mjs path/to/@vntk/dictionary/data/dictionary.json
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: import-vntk-pos.mjs DICTIONARY.json');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(source, 'utf8'));
const tags = new Map();
for (const [word, senses] of Object.entries(entries)) {
  const w = word.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
  if (!/^[\p{L} -]+$/u.test(w) || w.split(' ').length > 4) continue;
  const set = tags.get(w) ?? new Set();
  for (const s of senses) if (/^[A-Za-z]$/.test(s.pos ?? '')) set.add(s.pos.toUpperCase());
  if (set.size) tags.set(w, set);
}
const rows = [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, s]) => `${w}\t${[...s].sort().join('')}`);
const header = [
  '# Part-of-speech tags a word can take, from the VNTK dictionary (@vntk/dictionary 1.0.0, MIT licence,',
  '# Copyright (c) 2017 Vietnamese Natural Language Processing). Regenerate with scripts/import-vntk-pos.mjs.',
  '# Tags: N noun, V verb, A adjective, R adverb, E preposition, C conjunction, M numeral, P pronoun,',
  '# D determiner, I interjection, O onomatopoeia, X, Z, S other.',
  'word\ttags',
];
const out = fileURLToPath(new URL('../dictionaries/grammar/pos.tsv', import.meta.url));
writeFileSync(out, [...header, ...rows].join('\n') + '\n');
console.log(`wrote ${rows.length} words to ${out}`);
