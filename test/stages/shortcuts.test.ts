import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/load.js';
import { tokenize } from '../../src/pipeline/05-tokenize.js';
import { mayHoldNumberWord } from '../../src/pipeline/07-drop-article-words.js';
import { extractSentence } from '../../src/pipeline/index.js';
import { sentenceScope } from '../../src/pipeline/scope.js';

// The pipeline skips, for speed, sentences that cannot hold a claim. Skipping must never lose
// one: every sentence the shortcut skips, run through all stages anyway, gives no claim.
const lexicon = getLexicon();
const sentences = readFileSync(new URL('../fixtures/number-word-sentences.txt', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#'));

const claimsOf = (text: string) => {
  const sentence = { start: 0, end: text.length, text, line: 1 };
  const scope = sentenceScope({ text, lexicon, style: 'vi' }, sentence, tokenize(sentence, lexicon));
  return extractSentence(scope).filter((d) => d.kind && !d.nonClaim).map((d) => text.slice(d.start, d.end));
};

describe('sentence prefilter for number words', () => {
  it(`skips only sentences without claims (${sentences.length} real sentences)`, () => {
    const lost = sentences.filter((s) => !mayHoldNumberWord(s, lexicon) && claimsOf(s).length > 0);
    expect(lost).toEqual([]);
  });
  it('skips most sentences whose number words are articles or years', () => {
    const skipped = sentences.filter((s) => !mayHoldNumberWord(s, lexicon)).length;
    expect(skipped / sentences.length).toBeGreaterThan(0.3);
  });
  const kept = ['Có năm người bị thương.', 'Nửa tháng sau, giá tăng.', 'Thứ nhất, đội đứng thứ nhất.', 'Giá gấp năm lần.', 'Có một triệu người.'];
  for (const s of kept) it(`keeps: ${s}`, () => expect(mayHoldNumberWord(s, lexicon)).toBe(true));
});
