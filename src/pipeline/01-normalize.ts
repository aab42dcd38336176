// Zero-width characters and soft hyphens are invisible and break words and numbers apart;
// non-breaking and other fixed-width spaces are spaces. Removing the invisible ones is the
// only step that shifts offsets: every offset solieu reports is into the text this returns.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ANY_FIX = /[\r\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2000-\u200A\u202F\u205F\u3000\uD800-\uDFFF]/;
// Half of a surrogate pair, alone: a string cut in the middle of a character. UTF-8 output
// cannot carry it; U+FFFD takes its place (one code unit for one, so offsets do not move).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text solieu reads: without a byte-order mark, LF line ends, NFC, no zero-width
 * characters, ordinary spaces. Record offsets refer to this text.
 */
export function normalizeText(raw: string): string {
  // Most text needs only the NFC check: look for anything else once before rewriting.
  if (!ANY_FIX.test(raw)) return raw.normalize('NFC');
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(SPACES, ' ');
}
