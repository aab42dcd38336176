import { ESCAPE_SEQUENCE } from '../text/terminal-safe.js';

// Zero-width characters and soft hyphens are invisible and break words and numbers apart;
// non-breaking and other fixed-width spaces are spaces. Removing the invisible ones and the
// control characters (below) shifts offsets: every offset solieu reports is into the text this returns.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * What a code unit asks of {@link normalizeText}, looked up per character in one pass over the
 * text (several regular expressions, one per range, each scanned the whole text, and NFC's own
 * check another time): most text holds neither anything to fix nor anything NFC could change.
 */
const PLAIN = 0;
/** Outside the ranges NFC leaves alone: the text is normalized. */
const MAY_COMPOSE = 1;
/** Control characters, the invisible and space characters above, surrogates: the text is rewritten. */
const TO_FIX = 2;
const NEEDS = new Uint8Array(0x10000).fill(MAY_COMPOSE);
// Latin with its Vietnamese letters and general punctuation: each of these is its own NFC and
// composes with none of the others (checked pair by pair), so a text of these alone is NFC.
for (const [from, to] of [[0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2010, 0x205e]] as const) NEEDS.fill(PLAIN, from, to + 1);
for (const [from, to] of [[0x00, 0x08], [0x0b, 0x1f], [0x7f, 0x9f], [0xa0, 0xa0], [0xad, 0xad], [0x2000, 0x200d], [0x202f, 0x202f], [0x205f, 0x2060], [0x3000, 0x3000], [0xd800, 0xdfff], [0xfeff, 0xfeff]] as const) NEEDS.fill(TO_FIX, from, to + 1);

/** The most any code unit of `text` asks: {@link PLAIN}, {@link MAY_COMPOSE} or {@link TO_FIX}. */
function needsOf(text: string): number {
  let most = PLAIN;
  for (let i = 0; i < text.length; i++) {
    const need = NEEDS[text.charCodeAt(i)]!;
    if (need > most) {
      if (need === TO_FIX) return TO_FIX;
      most = need;
    }
  }
  return most;
}

// A terminal's escape sequences (colours, titles, links in text copied from a terminal or a log)
// are no text: `ESC [31m` would read as "31 m". They go whole, and so do the other control
// characters (NUL, DEL, C1) — but tab, and vertical tab and form feed (page breaks), which are
// white space and become spaces.
const CONTROLS = new RegExp(`${ESCAPE_SEQUENCE}|[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F]`, 'g');
// Half of a surrogate pair, alone: a string cut in the middle of a character. UTF-8 output
// cannot carry it; U+FFFD takes its place (one code unit for one, so offsets do not move).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text solieu reads: without a byte-order mark, LF line ends, NFC, no zero-width
 * characters, no control characters or escape sequences (tab and line feed stay), ordinary
 * spaces. Record offsets refer to this text.
 */
export function normalizeText(raw: string): string {
  const needs = needsOf(raw);
  if (needs === PLAIN) return raw;
  if (needs === MAY_COMPOSE) return raw.normalize('NFC');
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(/[\v\f]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(SPACES, ' ');
}
