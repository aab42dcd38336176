import { createRequire } from 'node:module';

/** The slice of compromise's API the English path uses. */
interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface View {
  json(options: object): { terms: Term[] }[];
  numbers(): { json(options: object): { text: string; offset: { start: number; length: number }; number?: { num: number } }[] };
  fractions(): { json(options: object): { text: string; offset: { start: number; length: number }; fraction?: { numerator: number; denominator: number } }[] };
}
type Nlp = (text: string) => View;

let nlp: Nlp | undefined;

/** Whether compromise has been loaded in this process (a Vietnamese text never loads it). */
export const isCompromiseLoaded = (): boolean => nlp !== undefined;

/**
 * compromise, loaded on the first English sentence: it takes 200 ms and 150 MB, which a
 * Vietnamese document never needs to pay. (Its CommonJS build, so it loads in the middle of a
 * synchronous extraction.)
 */
function compromise(): Nlp {
  if (!nlp) {
    const loaded = createRequire(import.meta.url)('compromise') as Nlp | { default: Nlp };
    nlp = typeof loaded === 'function' ? loaded : loaded.default;
  }
  return nlp;
}

/** What compromise reads in a sentence, each part computed when first asked for. */
export interface CompromiseReading {
  /** Each term's part-of-speech tags, by its start offset in the sentence. */
  tagsAt(): Map<number, Set<string>>;
  /** Numbers in words ("twenty-three", "1.5 trillion" too), with offsets in the sentence. */
  numbers(): { start: number; end: number; text: string; value: number }[];
  fractions(): { start: number; end: number; text: string; numerator: number; denominator: number }[];
}

/** Punctuation compromise leaves on a term's text ("2022," "billion."): not part of the number. */
const trailing = (text: string) => text.length - text.replace(/[\s.,;:!?)"'’”]+$/u, '').length;

const once = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= compute());
};

/**
 * compromise's reading of a sentence. Its number and fraction matchers cost most of its time,
 * and only sentences with numbers in words need them: each part is computed on demand.
 */
export function readWithCompromise(sentence: string): CompromiseReading {
  const doc = once(() => compromise()(sentence));
  return {
    tagsAt: once(() => {
      const tags = new Map<number, Set<string>>();
      for (const phrase of doc().json({ offset: true, terms: { offset: true } })) {
        for (const term of phrase.terms) tags.set(term.offset.start, new Set(term.tags));
      }
      return tags;
    }),
    numbers: once(() => doc().numbers().json({ offset: true }).flatMap((n) =>
      typeof n.number?.num === 'number' ? [{ start: n.offset.start, end: n.offset.start + n.offset.length - trailing(n.text), text: n.text, value: n.number.num }] : [])),
    fractions: once(() => doc().fractions().json({ offset: true }).flatMap((f) =>
      f.fraction ? [{ start: f.offset.start, end: f.offset.start + f.offset.length - trailing(f.text), text: f.text, numerator: f.fraction.numerator, denominator: f.fraction.denominator }] : [])),
  };
}
