import { SolieuError } from '../errors.js';
import { decodeLegacyBytes, detectLegacyEncoding, repairLegacyText } from './legacy-encoding.js';

/** The encodings `--encoding` names; `auto` finds the right one. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16', 'windows-1258', 'tcvn3', 'vni'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function utf16(bytes: Uint8Array, name: string): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  throw new SolieuError('INPUT_INVALID_ENCODING', `${name}: UTF-16 text must start with a byte-order mark`, name);
}

async function windows1258(bytes: Uint8Array): Promise<string> {
  const { default: iconv } = await import('iconv-lite');
  // Windows-1258 writes tone marks as combining characters after the letter: NFC joins them.
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
}

/** Text typed in TCVN3 or VNI and read as Windows-1252 / UTF-8 characters, turned back into Vietnamese. */
function repaired(text: string): string {
  const legacy = detectLegacyEncoding(text);
  return legacy ? repairLegacyText(text, legacy) : text;
}

/**
 * Good multi-byte UTF-8 characters to each bad byte sequence that make a text damaged UTF-8
 * rather than a legacy code page. Legacy text has next to none: the 31 sample articles written
 * in TCVN3, VNI and Windows-1258 have at most 2 good to 1,861 bad (0.0015 to 1).
 */
const GOOD_PER_BAD = 2;

/**
 * The byte sequences of `bytes` that are UTF-8 characters of two to four bytes, those that are
 * not UTF-8 (each maximal bad run counted once, as decoders replace it with one U+FFFD), and
 * where the first bad one starts.
 */
function countUtf8(bytes: Uint8Array): { good: number; bad: number; firstBad: number } {
  let good = 0;
  let bad = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, no surrogates, nothing past U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    while (k < length && i + k < bytes.length && bytes[i + k]! >= (k === 1 ? low : 0x80) && bytes[i + k]! <= (k === 1 ? high : 0xbf)) k++;
    if (length && k === length) good++;
    else {
      bad++;
      if (firstBad < 0) firstBad = i;
    }
    i += length && k === length ? length : k;
  }
  return { good, bad, firstBad };
}

/** A document's text and what its reader was not sure of (`NAME: warning: …`), for the user to be told. */
export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * The text of a document's bytes, with warnings. `auto`: UTF-8 or UTF-16 by their byte-order
 * mark; else UTF-8 when the bytes are valid UTF-8 — or nearly: a few bad bytes among many
 * good multi-byte characters (a UTF-8 article with one stray `\xff`) are a damaged UTF-8
 * text, read as UTF-8 with U+FFFD for them and a warning, never the whole text as a legacy
 * code page; else TCVN3 or VNI when the characters say so, else Windows-1258 (with a warning).
 * In every case, text that shows the marks of TCVN3 or VNI fonts (a document opened without
 * its fonts) is converted back. Throws `INPUT_BINARY` for bytes with NUL in them (not text),
 * `INPUT_INVALID_ENCODING` when a named encoding does not fit.
 */
export async function decodeTextWithWarnings(bytes: Uint8Array, name: string, encoding: Encoding = 'auto'): Promise<DecodedText> {
  const bom16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  if (encoding === 'utf-16' || (encoding === 'auto' && bom16)) return { text: repaired(utf16(bytes, name)), warnings: [] };
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new SolieuError('INPUT_BINARY', `${name}: binary file (it holds NUL bytes), not text`, name);
  }
  if (encoding === 'windows-1258') return { text: await windows1258(bytes), warnings: [] };
  if (encoding === 'tcvn3' || encoding === 'vni') return { text: decodeLegacyBytes(bytes, encoding), warnings: [] };
  try {
    return { text: repaired(UTF8.decode(bytes)), warnings: [] };
  } catch {
    if (encoding === 'utf-8') throw new SolieuError('INPUT_INVALID_ENCODING', `${name}: not valid UTF-8 text`, name);
  }
  const { good, bad, firstBad } = countUtf8(bytes);
  if (good >= GOOD_PER_BAD * bad) {
    const what = bad === 1 ? 'a byte sequence that is not UTF-8' : `${bad} byte sequences that are not UTF-8`;
    const warning = `${name}: warning: ${what} (the first at byte ${firstBad}), read as U+FFFD; the rest is UTF-8`;
    return { text: repaired(new TextDecoder('utf-8').decode(bytes)), warnings: [warning] };
  }
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const legacy = detectLegacyEncoding(latin);
  if (legacy) return { text: decodeLegacyBytes(bytes, legacy), warnings: [] };
  return { text: await windows1258(bytes), warnings: [`${name}: warning: not UTF-8 text, read as Windows-1258 (--encoding names another)`] };
}

/** The text of a document's bytes, as {@link decodeTextWithWarnings} reads it, without its warnings. */
export async function decodeText(bytes: Uint8Array, name: string, encoding: Encoding = 'auto'): Promise<string> {
  return (await decodeTextWithWarnings(bytes, name, encoding)).text;
}
