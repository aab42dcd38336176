import type { Lexicon } from '../lexicon/lexicon.js';

/**
 * A value derived from the lexicon, built on first use and kept for the lexicon last asked about:
 * one lexicon is in use at a time, and a comparison of identity is cheaper than a weak map's
 * lookup on every call of a hot path.
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  let of: Lexicon | null = null;
  let value: T;
  return (lexicon) => {
    if (of !== lexicon) (value = build(lexicon)), (of = lexicon);
    return value;
  };
}
