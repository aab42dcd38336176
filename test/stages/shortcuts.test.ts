import { readdirSync, readFileSync } from 'node:fs';
import { readTable } from '../helpers/table.js';
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/load.js';
import { tokenize } from '../../src/pipeline/05-tokenize.js';
import { mayHoldNumber } from '../../src/pipeline/sentence-filter.js';
import { extractSentence } from '../../src/pipeline/index.js';
import { sentenceScope } from '../../src/pipeline/scope.js';

// The pipeline skips, for speed, sentences that cannot hold a claim. Skipping must never lose
// one: every sentence the shortcut skips, run through all stages anyway, gives no claim.
const lexicon = getLexicon();
const sentences = readFileSync(new URL('../fixtures/number-word-sentences.txt', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#'));

const claimsOf = (text: string, shortcuts = true) => {
  const sentence = { start: 0, end: text.length, text, line: 1 };
  const scope = sentenceScope({ text, lexicon, style: 'vi' }, sentence, tokenize(sentence, lexicon));
  return extractSentence(scope, null, shortcuts).filter((d) => d.kind && !d.nonClaim)
    .map((d) => `${text.slice(d.start, d.end)} ${d.kind} ${d.value} ${d.unit} ${d.qualifier} ${d.change}`);
};

describe('sentence prefilter for number words', () => {
  it(`skips only sentences without claims (${sentences.length} real sentences)`, () => {
    const lost = sentences.filter((s) => !mayHoldNumber(s, lexicon) && claimsOf(s).length > 0);
    expect(lost).toEqual([]);
  });
  it('skips most sentences whose number words are articles or years', () => {
    const skipped = sentences.filter((s) => !mayHoldNumber(s, lexicon)).length;
    expect(skipped / sentences.length).toBeGreaterThan(0.3);
  });
  const kept = ['Có năm người bị thương.', 'Nửa tháng sau, giá tăng.', 'Thứ nhất, đội đứng thứ nhất.', 'Giá gấp năm lần.', 'Có một triệu người.'];
  for (const s of kept) it(`keeps: ${s}`, () => expect(mayHoldNumber(s, lexicon)).toBe(true));
});

// Sentences of every construction table and of the gold articles, one a line.
const corpusSentences = [
  ...sentences,
  ...readdirSync(new URL('../corpus/constructions/', import.meta.url)).filter((f) => f.endsWith('.tsv') && !f.includes('.parse.'))
    .flatMap((f) => readTable(new URL(`../corpus/constructions/${f}`, import.meta.url)).map((row) => row.text!)),
  ...readdirSync(new URL('../../samples/', import.meta.url)).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(`../../samples/${f}`, import.meta.url), 'utf8').split(/(?<=[.!?])\s+|\n/)),
].filter((s) => s.trim());

describe('number prefilter for "một" and "năm" (07-skip-article-words)', () => {
  it(`never changes a claim (${corpusSentences.length} sentences, with and without it)`, () => {
    const changed = corpusSentences.filter((s) => claimsOf(s).join('|') !== claimsOf(s, false).join('|'));
    expect(changed).toEqual([]);
  });
});
