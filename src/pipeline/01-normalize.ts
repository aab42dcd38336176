import { ESCAPE_SEQUENCE } from '../text/terminal-safe.js';

// Zero-width characters and soft hyphens are invisible and break words and numbers apart;
// non-breaking and other fixed-width spaces are spaces. Removing the invisible ones and the
// control characters (below) shifts offsets: every offset solieu reports is into the text this returns.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Anything to fix: control characters, the invisible and space characters above, surrogates.
// Looked for in pieces — one class mixing C0, C1, Latin-1 and wide characters scans text several
// times slower than these (a class of one range, a lone character, wide characters only).
const ANY_FIX: readonly RegExp[] = [/[\x00-\x08\x0B-\x1F]/, /[\x7F-\x9F]/, /\u00A0/, /\u00AD/, /[\u200B-\u200D\u2060\uFEFF\u2000-\u200A\u202F\u205F\u3000\uD800-\uDFFF]/];
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
  // Most text needs only the NFC check: look for anything else once before rewriting.
  if (!ANY_FIX.some((pattern) => pattern.test(raw))) return raw.normalize('NFC');
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
