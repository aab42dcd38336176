import type { VntkModels, Word } from '../segment/index.js';
import { segmentWith } from '../segment/index.js';
import type { Draft } from './draft.js';
import type { DictionaryWord } from './noun-phrase.js';
import type { SentenceScope } from './scope.js';

/**
 * For each token: the segmented word that starts with it (its end token and the dictionary's
 * tags for it), or nothing when the token is inside a word or the word starts mid-token.
 */
function wordsByToken(s: SentenceScope, words: readonly Word[]): (DictionaryWord | undefined)[] {
  const out: (DictionaryWord | undefined)[] = new Array(s.tokens.length);
  const offset = s.sentence.start;
  let w = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const at = s.tokens[i]!.start - offset;
    while (w < words.length && words[w]!.end <= at) w++;
    const word = words[w];
    if (!word || word.start !== at) continue;
    let end = i + 1;
    while (end < s.tokens.length && s.tokens[end]!.start - offset < word.end) end++;
    // The dictionary's tags name every use of the word, which is what the rules were written
    // for; vntk's own part-of-speech model, tried here, read units worse (README, "Word
    // segmentation"). A word the dictionary lacks ("công Quốc gia") has no tags, like any
    // unknown word.
    const text = s.text.slice(s.tokens[i]!.start, s.tokens[end - 1]!.end).toLowerCase();
    out[i] = { end, tags: s.lexicon.pos.get(text) };
  }
  return out;
}

/**
 * Stage (with `segment`): the sentence's words as vntk's trained segmenter finds them, for the
 * sentences that still hold a number. Where a unit's noun phrase ends is then read over those
 * words (`longestWord`) instead of the longest dictionary matches.
 */
export function segmentSentenceWords(drafts: readonly Draft[], s: SentenceScope, models: VntkModels | null): SentenceScope {
  if (!models || !drafts.length) return s;
  return { ...s, segmented: wordsByToken(s, segmentWith(s.sentence.text, models)), words: null, wordsBefore: null };
}
