import { posFeatures, wordFeatures } from './features.js';
import type { VntkModels } from './models.js';
import { tokenizeLikeVntk } from './vntk-tokenize.js';

/** A word of a sentence as vntk's segmenter finds it ("doanh nghiệp" is one), with its offsets in the sentence. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A word with its part-of-speech tag. */
export interface TaggedWord extends Word {
  /** VLSP tag: N, Np, Nc, Nu, V, A, P, R, L, M, E, C, CH … */
  tag: string;
}

/** The words of a sentence, as vntk's `wordTokenizer().tag(text)` gives them, with offsets. */
export function segmentWith(text: string, models: VntkModels): Word[] {
  const tokens = tokenizeLikeVntk(text);
  const texts = tokens.map((t) => t.text);
  const labels = models.segment(wordFeatures(texts, models.functions));
  const words: Word[] = [];
  tokens.forEach((t, i) => {
    const previous = words[words.length - 1];
    if (labels[i] === 'IW' && previous) {
      previous.text += ` ${t.text}`;
      previous.end = t.start + t.text.length;
    } else words.push({ text: t.text, start: t.start, end: t.start + t.text.length });
  });
  return words;
}

/** The words of a sentence with their tags, as vntk's `posTag().tag(text)` gives them. */
export function tagWith(text: string, models: VntkModels): TaggedWord[] {
  const words = segmentWith(text, models);
  const texts = words.map((w) => w.text);
  const tags = models.pos(posFeatures(texts, models.functions));
  return words.map((w, i) => ({ ...w, tag: tags[i]! }));
}
