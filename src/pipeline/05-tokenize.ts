import type { Lexicon } from '../lexicon/lexicon.js';
import { scanSentence } from '../text/scan-tokens.js';
import { isAscii, type Token } from '../text/token.js';
import type { Sentence } from './scope.js';

interface ScalePrefix {
  pattern: RegExp;
  /**
   * A scale word going on into a letter anywhere in a sentence, in any case: a sentence without
   * one (nearly all) has no word to split, and its tokens are not looked at one by one.
   */
  inText: RegExp;
  /** The scale words, and their first letters: most words are ruled out by one look at their first letter, nearly all the rest ("người", "trong") by not starting with one, before the pattern runs. */
  scales: readonly string[];
  starts: readonly number[];
}
const scalePrefixes = new WeakMap<Lexicon, ScalePrefix>();

/** A scale word glued to another word ("tỷđồng"), built from the scale words of the dictionaries. */
function scalePrefix(lexicon: Lexicon): ScalePrefix {
  let prefix = scalePrefixes.get(lexicon);
  if (!prefix) {
    const scales = [...lexicon.numerals].filter(([, w]) => w.role === 'scale').map(([word]) => word);
    const alternatives = scales.join('|');
    prefix = {
      pattern: new RegExp(`^(${alternatives})(\\p{L}+)$`, 'u'),
      inText: new RegExp(`(?:${alternatives})[\\p{L}\\p{M}]`, 'iu'),
      scales,
      starts: [...new Set(scales.map((w) => w.charCodeAt(0)))],
    };
    scalePrefixes.set(lexicon, prefix);
  }
  return prefix;
}

/** Whether a lower-cased word starts with a scale word and goes on: what {@link ScalePrefix.pattern} needs to match. */
function mayStartWithScale(lower: string, { scales, starts }: ScalePrefix): boolean {
  return starts.includes(lower.charCodeAt(0)) && scales.some((w) => lower.length > w.length && lower.startsWith(w));
}

/** Whether a lower-cased word is a unit, currency or scale word on its own. */
function isNumberWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.numerals.has(word.toLowerCase()) || lexicon.measures.hasWord(word) || lexicon.currencies.hasWord(word);
}

/** "5.800tỷđồng", "63,2 triệuđồng": a scale word glued to a currency is two words. */
function splitGluedScales(tokens: Token[], lexicon: Lexicon): Token[] {
  const prefix = scalePrefix(lexicon);
  // Copied only from the first split on: most sentences have none, and keep their array.
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = t.type === 'word' && t.text.length > 3 && mayStartWithScale(t.lower, prefix) ? prefix.pattern.exec(t.lower) : null;
    const at = m ? m[1]!.length : 0;
    const rest = m ? t.text.slice(at) : '';
    if (m && isNumberWord(rest, lexicon)) {
      out ??= tokens.slice(0, i);
      out.push({ type: t.type, text: t.text.slice(0, at), lower: m[1]!, start: t.start, end: t.start + at, gap: t.gap });
      out.push({ type: 'word', text: rest, lower: rest.toLowerCase(), start: t.start + at, end: t.end, gap: false });
    } else out?.push(t);
  }
  return out ?? tokens;
}

// Glued tokens have nothing between them, so their texts joined are the source text.
const merge = (parts: readonly Token[], type: Token['type']): Token => {
  const value = parts.map((p) => p.text).join('');
  return { type, text: value, lower: value.toLowerCase(), start: parts[0]!.start, end: parts[parts.length - 1]!.end, gap: parts[0]!.gap };
};

/** A glued run of tokens without white space: "BN1047", "Covid-19", "8h30", "5G". */
function gluedRun(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && !tokens[j + 1]!.gap && tokens[j + 1]!.type !== 'url') {
    const next = tokens[j + 1]!;
    if (next.type === 'punct' && next.text !== '-') break;
    if (next.type === 'punct' && !(tokens[j + 2] && !tokens[j + 2]!.gap && tokens[j + 2]!.type !== 'punct')) break;
    j++;
  }
  return j;
}

/** "8:30", "10:12:12": hours and minutes glued by colons. */
function isClockAt(tokens: readonly Token[], i: number): boolean {
  const [h, colon, m] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  return !!colon && !colon.gap && !!m && !m.gap && m.type === 'num' && /^\d{1,2}$/.test(h.text) && Number(h.text) <= 24 && /^\d{2}$/.test(m.text) && Number(m.text) < 60;
}

/**
 * Decides what glued letters and digits are. Letters before digits that are not Vietnamese
 * make an identifier (`BN1047`, `S20`, `m2`, `Covid-19`); Vietnamese words glued to digits
 * are typing slips (`hơn40năm`) and stay apart. Digits before `h` are a clock time (`8h30`);
 * digits before unknown letters an identifier (`5G`, `1A`, `2688x1242`).
 */
function mergeGlued(tokens: Token[], lexicon: Lexicon): Token[] {
  // Copied only from the first merge on: most sentences have none, and keep their array.
  let out: Token[] | null = null;
  // The glued run a token stands in, found once for the whole run ("1-2-3-…" of any length is
  // scanned once, not once per number), and the last number in it.
  let runEnd = -1;
  let lastNum = -1;
  const runFrom = (i: number) => {
    if (i > runEnd) {
      runEnd = gluedRun(tokens, i);
      lastNum = -1;
      for (let k = runEnd; k >= i; k--) if (tokens[k]!.type === 'num') (lastNum = k), (k = i);
    }
    return runEnd;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // Most tokens have white space after them: nothing is glued, nothing to decide.
    if (!next || next.gap || (t.type !== 'word' && t.type !== 'num')) {
      out?.push(t);
      continue;
    }
    // "25' Ronaldo sút phạt": the minute of a match.
    if (t.type === 'num' && (next.text === "'" || next.text === '’') && /^\d{1,3}$/.test(t.text) && (!tokens[i + 2] || tokens[i + 2]!.gap)) {
      (out ??= tokens.slice(0, i)).push(merge([t, next], 'time'));
      i++;
      continue;
    }
    if (t.type === 'num' && next.text === ':' && isClockAt(tokens, i)) {
      const last = tokens[i + 4]?.type === 'num' && tokens[i + 3]?.text === ':' && !tokens[i + 3]!.gap && !tokens[i + 4]!.gap ? i + 4 : i + 2;
      (out ??= tokens.slice(0, i)).push(merge(tokens.slice(i, last + 1), 'time'));
      i = last;
      continue;
    }
    const end = runFrom(i);
    // "USD5,50", "EUR80": a currency written before its digits stays a word of its own (the
    // dictionary looked up last: most glued words are followed by a mark, not by digits).
    const currencyFirst = () => next.type === 'num' && lexicon.currencies.hasWord(t.text);
    if (t.type === 'word' && lastNum >= i && isAscii(t.text) && !currencyFirst()) {
      (out ??= tokens.slice(0, i)).push(merge(tokens.slice(i, end + 1), 'code'));
      i = end;
      continue;
    }
    if (t.type === 'num' && next.type === 'word') {
      const clock = (next.text === 'h' || next.text === 'g') && /^\d{1,2}$/.test(t.text) && Number(t.text) <= 24;
      if (clock) {
        const minutes = tokens[i + 2];
        const withMinutes = minutes && !minutes.gap && minutes.type === 'num' && /^\d{2}$/.test(minutes.text);
        (out ??= tokens.slice(0, i)).push(merge(withMinutes ? [t, next, minutes] : [t, next], 'time'));
        i += withMinutes ? 2 : 1;
        continue;
      }
      const resolution = next.text === 'K' && /^\d$/.test(t.text);
      const suffix = lexicon.suffixes.get(next.text);
      const known = (suffix && (!suffix.decimalOnly || /[.,]/.test(t.text))) || isNumberWord(next.text, lexicon) || !isAscii(next.text);
      if (resolution || !known) {
        (out ??= tokens.slice(0, i)).push(merge(tokens.slice(i, end + 1), 'code'));
        i = end;
        continue;
      }
    }
    out?.push(t);
  }
  return out ?? tokens;
}

/** Tokens of one sentence, with offsets into the document. */
export function tokenize(sentence: Sentence, lexicon: Lexicon): Token[] {
  const { tokens, mayGlue } = scanSentence(sentence.text, sentence.start, sentence.documentText);
  const split = scalePrefix(lexicon).inText.test(sentence.text) ? splitGluedScales(tokens, lexicon) : tokens;
  // Three sentences in four have nothing glued: their tokens are not looked at again. (A scale
  // word split off a word is glued to the rest.)
  return mayGlue || split !== tokens ? mergeGlued(split, lexicon) : tokens;
}
