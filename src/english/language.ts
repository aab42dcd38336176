import type { Sentence } from '../pipeline/scope.js';
import type { EnglishLexicon } from './lexicon.js';

export type Language = 'vi' | 'en';

/** Letters only Vietnamese writes (with its tone marks and ă â đ ê ô ơ ư): English never does. */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
/** A sentence with this share of its words in Vietnamese letters is Vietnamese, names in it or not. */
const VIETNAMESE_SHARE = 0.25;
/** An English sentence has at least this share of English function words among its words. */
const ENGLISH_SHARE = 0.15;
const MIN_ENGLISH_MARKERS = 2;
const MIN_WORDS_UNMARKED = 3;
/** English endings Vietnamese syllables never have: "ranked", "economies", "growing", "sharply". */
const ENGLISH_ENDING = /[a-z]{2,}(ed|es|ing|ly|tion|s)$/;
/** Without a function word, most of a short sentence must end the English way ("Digital signatures reached 98%"). */
const INFLECTED_SHARE = 0.4;

/** Per code unit: `SPACE` for the space, `MARKED` for a letter only Vietnamese writes (U+00C0 and up). */
const SPACE = 1;
const MARKED = 2;
const MARKS = new Uint8Array(0x10000);
MARKS.fill(MARKED, 0xc0, 0x1ef9 + 1);
MARKS[0xd7] = 0; // × and ÷
MARKS[0xf7] = 0;
MARKS[0x20] = SPACE;
/** How many characters are counted between two looks at whether the count is settled. */
const SETTLE_EVERY = 16;

/**
 * The language of a sentence, from two cheap signals: Vietnamese letters (a quarter of the
 * words or more: Vietnamese, even when a few English words are quoted in it) and English
 * function words (`the`, `of`, `was` … at least two and 15% of the words, and few Vietnamese
 * words: English, even with a Vietnamese name in it); a short sentence without a single
 * Vietnamese letter is English on two such words, or one and a word with an English ending, or
 * when most of its words end the English way.
 * Anything else is read as Vietnamese, the language solieu is for.
 */
/**
 * Most sentences are plainly Vietnamese: with letters Vietnamese alone writes (ă â đ ê ô ơ ư
 * and the tone marks, U+00C0 and up) in at least one word out of three. Counted by one pass
 * over the characters, before any word is cut out; those of `[from, to)` when given (a sentence
 * read in the flat text it is cut from: see `Sentence.documentText`).
 */
export function clearlyVietnamese(sentence: string, from = 0, to = sentence.length): boolean {
  let marked = 0;
  let spaces = 1;
  for (let i = from; i < to; ) {
    // Counted without a branch a character (a branch on each was three times slower: which way it
    // goes cannot be guessed), a stretch at a time.
    for (const stop = Math.min(to, i + SETTLE_EVERY); i < stop; i++) {
      const kind = MARKS[sentence.charCodeAt(i)]!;
      spaces += kind & SPACE;
      marked += kind >> 1; // MARKED counts one
    }
    // Settled before the end (a third of the way, in most Vietnamese): even if all the rest were spaces.
    if (3 * marked >= spaces + (to - i)) return true;
  }
  return 3 * marked >= spaces;
}

/** {@link clearlyVietnamese} for a sentence, read in its document's flat text when it has one. */
export const clearlyVietnameseSentence = ({ text, start, documentText }: Sentence): boolean =>
  documentText === undefined ? clearlyVietnamese(text) : clearlyVietnamese(documentText, start, start + text.length);

/** Words only English writes: function words, scale words ("billion"), change words, months. */
const isEnglishWord = (w: string, lexicon: EnglishLexicon) =>
  lexicon.markerWords.has(w) || lexicon.scales.has(w) || lexicon.changes.has(w) || lexicon.months.has(w) || lexicon.rankWords.has(w);

export function detectLanguage(sentence: string, lexicon: EnglishLexicon): Language {
  return clearlyVietnamese(sentence) ? 'vi' : languageOfWords(sentence, lexicon);
}

/** {@link detectLanguage} for a sentence {@link clearlyVietnamese} already turned away: its words counted, its letters not read again. */
export function languageOfWords(sentence: string, lexicon: EnglishLexicon): Language {
  const words = sentence.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (!words.length) return 'vi';
  let vietnamese = 0;
  let english = 0;
  for (const w of words) {
    if (VIETNAMESE_LETTER.test(w)) vietnamese++;
    else if (isEnglishWord(w.toLowerCase(), lexicon)) english++;
  }
  if (vietnamese >= VIETNAMESE_SHARE * words.length) return 'vi';
  if (english >= MIN_ENGLISH_MARKERS && english >= ENGLISH_SHARE * words.length) return 'en';
  // A short sentence with no Vietnamese letter at all ("Vietnam ranked 48th out of 132
  // economies."): Vietnamese news marks half its words; one English word, with English endings
  // beside it, settles it. A list of names ("Leeds (4-1-4-1) Meslier, Ayling …") has none.
  const inflected = words.filter((w) => ENGLISH_ENDING.test(w)).length;
  if (vietnamese > 0 || words.length < MIN_WORDS_UNMARKED) return 'vi';
  return (english >= 1 && (english >= 2 || inflected >= 1)) || (inflected >= 2 && inflected >= INFLECTED_SHARE * words.length) ? 'en' : 'vi';
}
