import type { Sentence } from '../pipeline/scope.js';
import { clearlyVietnamese, clearlyVietnameseSentence, detectLanguage, languageOfWords, type Language } from './language.js';
import type { EnglishLexicon } from './lexicon.js';

/** A stretch of a sentence and the language it is written in. */
export interface LanguageSegment {
  sentence: Sentence;
  lang: Language;
}

/**
 * Quotations long enough to have a language of their own (one running on past the end of the
 * sentence too: a quotation of several sentences); the halves of a bilingual caption
 * ("Ảnh: … / Photo: …").
 */
const QUOTED = /[“"]([^”"]{12,})(?:[”"]|$)/g;
const CAPTION_HALVES = ' / ';
const MIN_QUOTED_WORDS = 5;

function slice(sentence: Sentence, from: number, to: number): Sentence | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:(]/.test(sentence.text[start]!)) start++;
  while (end > start && /\s/.test(sentence.text[end - 1]!)) end--;
  if (end - start < 3) return null;
  return { start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end), line: sentence.line, documentText: sentence.documentText };
}

/**
 * The language of a quotation at `at` in the sentence: {@link detectLanguage}, its Vietnamese
 * letters counted in the document's flat text (a regular expression's capture is a slice, slower
 * to read a character at a time).
 */
function quotedLanguage(sentence: Sentence, at: number, quoted: string, lexicon: EnglishLexicon): Language {
  const { documentText, start } = sentence;
  if (documentText === undefined) return detectLanguage(quoted, lexicon);
  return clearlyVietnamese(documentText, start + at, start + at + quoted.length) ? 'vi' : languageOfWords(quoted, lexicon);
}

/**
 * The sentence in one language, or, when part of it is in the other — an English quotation
 * inside a Vietnamese sentence, the English half of a caption — its stretches, each with its
 * language, so that each is read by its own rules (1,200 is twelve hundred in one, 1.2 in the
 * other).
 */
export function languageSegments(sentence: Sentence, lexicon: EnglishLexicon): LanguageSegment[] {
  const whole = clearlyVietnameseSentence(sentence) ? 'vi' : languageOfWords(sentence.text, lexicon);
  const cuts: [number, number][] = [];
  if (!/["“\/]/.test(sentence.text)) return [{ sentence, lang: whole }];
  const half = sentence.text.indexOf(CAPTION_HALVES);
  if (half !== -1) cuts.push([0, half], [half + CAPTION_HALVES.length, sentence.text.length]);
  else {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(sentence.text); m !== null; m = QUOTED.exec(sentence.text)) {
      const inner = m.index + 1;
      // A title in quotes ("Fifty Shades Darker") is a name, not a passage in another language.
      // (Its language first: most quotations are in the sentence's, and their words need no counting.)
      if (quotedLanguage(sentence, inner, m[1]!, lexicon) !== whole && m[1]!.split(/\s+/).filter(Boolean).length >= MIN_QUOTED_WORDS) cuts.push([inner, inner + m[1]!.length]);
    }
  }
  if (!cuts.length) return [{ sentence, lang: whole }];
  // The quotations, and what lies between them.
  const bounds = half !== -1 ? cuts : cuts.flatMap(([a, b], k) => [[k === 0 ? 0 : cuts[k - 1]![1] + 1, a - 1] as [number, number], [a, b] as [number, number]]).concat([[cuts.at(-1)![1] + 1, sentence.text.length]]);
  const segments: LanguageSegment[] = [];
  for (const [a, b] of bounds) {
    const part = slice(sentence, Math.max(0, a), Math.min(sentence.text.length, b));
    if (part) segments.push({ sentence: part, lang: detectLanguage(part.text, lexicon) });
  }
  return segments.every((s) => s.lang === whole) ? [{ sentence, lang: whole }] : segments;
}

export type { Language };
