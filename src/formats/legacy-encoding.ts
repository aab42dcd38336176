import iconv from 'iconv-lite';
import { getLexicon } from '../lexicon/load.js';
import { getLegacyTable, LEGACY_ENCODINGS, type LegacyEncoding, type LegacyTable } from './legacy-tables.js';

export type { LegacyEncoding } from './legacy-tables.js';

/**
 * Each byte's Windows-1252 reading, the form legacy text takes once a program without the
 * fonts saved it as Unicode. The five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D) read
 * as their Latin-1 control character, so no byte is lost.
 */
const WINDOWS_1252: readonly string[] = [
  ...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), 'windows-1252'),
].map((char, byte) => (char === '\uFFFD' ? String.fromCharCode(byte) : char));

const BYTE_OF = new Map(WINDOWS_1252.map((char, byte) => [char, byte]));

function letterAt(bytes: Uint8Array, at: number, table: LegacyTable): [letter: string, length: number] {
  for (let length = Math.min(table.longest, bytes.length - at); length > 0; length--) {
    const letter = table.letters.get(String.fromCharCode(...bytes.subarray(at, at + length)));
    if (letter !== undefined) return [letter, length];
  }
  return [WINDOWS_1252[bytes[at]!]!, 1];
}

/**
 * Decodes TCVN3 or VNI bytes to NFC Unicode. The longest byte sequence in the table wins (VNI
 * `F4 F9` is ớ, not ơ and ù); bytes in no sequence are read as Windows-1252, ASCII as itself.
 */
export function decodeLegacyBytes(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const table = getLegacyTable(encoding);
  const out: string[] = [];
  for (let at = 0; at < bytes.length; ) {
    const [letter, length] = letterAt(bytes, at, table);
    out.push(letter);
    at += length;
  }
  return out.join('').normalize('NFC');
}

/**
 * Repairs text that is the Windows-1252 reading of TCVN3 or VNI bytes (`Thanh Ho¸`,
 * `Vieät Nam`): each char goes back to its byte and the bytes are decoded. Chars Windows-1252
 * cannot write (`ộ`, `→`) pass through unchanged.
 */
export function repairLegacyText(text: string, encoding: LegacyEncoding): string {
  const out: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) out.push(decodeLegacyBytes(Uint8Array.from(run), encoding));
    run = [];
  };
  for (const char of text) {
    const byte = BYTE_OF.get(char);
    if (byte === undefined) {
      flush();
      out.push(char);
    } else {
      run.push(byte);
    }
  }
  flush();
  return out.join('').normalize('NFC');
}

/** Fewer repaired words than this is not evidence: a name, a stray `©` or `½`. */
const MIN_EVIDENCE_WORDS = 5;
/** Legacy Vietnamese has diacritics on most words; a fifth of all words is a safe floor. */
const MIN_EVIDENCE_SHARE = 0.2;
/** Of the words carrying the encoding's characters, this many must repair to Vietnamese syllables (French `été` does not). */
const MIN_REPAIRED_SHARE = 0.8;
/** Text with more words than this holding real Vietnamese Unicode letters is already Unicode. */
const MAX_UNICODE_WORD_SHARE = 0.05;

/** Vietnamese letters outside Latin-1: Windows-1252 cannot produce them, Vietnamese Unicode text is full of them. */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const CLEARLY_UNICODE_SHARE = 0.1;
const HEAD_CHARS = 4000;
/** ASCII punctuation (`!`–`/`, `:`–`@`, `[`–`` ` ``, `{`–`~`) and typographic quotes and dashes around a word; not `«` `·` `§` `¨`, which are TCVN3 letters. */
const EDGE_PUNCTUATION = /^[!-/:-@[-`{-~“”‘’…–—•]+|[!-/:-@[-`{-~“”‘’…–—•]+$/gu;

/** Whether the opening of the text has more than one such letter per ten spaces (a plain loop: regular expressions building match arrays cost ten times more). */
export function isClearlyUnicode(text: string): boolean {
  const end = Math.min(text.length, HEAD_CHARS);
  let spaces = 1;
  let unicode = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) spaces++;
    else if (c >= 0x0102 && ((c >= 0x1ea0 && c <= 0x1ef9) || VIETNAMESE_UNICODE.test(text[i]!))) unicode++;
  }
  return unicode > CLEARLY_UNICODE_SHARE * spaces;
}

/** A syllable's toneless spelling and its tone, so `hoá` and `hóa` (tone placed on another vowel) are one key. */
function syllableKey(syllable: string): string {
  const decomposed = syllable.toLowerCase().normalize('NFD');
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + (decomposed.match(TONE_MARKS) ?? []).join('');
}

let syllables: Set<string> | undefined;

/** Every syllable of the part-of-speech lexicon's 31,000 words: the test that a repair made Vietnamese. */
function knownSyllables(): Set<string> {
  syllables ??= new Set([...getLexicon().pos.keys()].flatMap((word) => word.split(' ')).map(syllableKey));
  return syllables;
}

function splitWords(text: string): string[] {
  return text
    .split(/[\s/-]+/u)
    .map((token) => token.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '' && !/\d/u.test(word) && /[\p{L}\u00A0-\u00FF]/u.test(word));
}

const characteristic = new Map<LegacyEncoding, Set<string>>();

/** The Windows-1252 chars of the non-ASCII bytes in an encoding's table: `¸` `µ` `®` for TCVN3, `ø` `ä` `ñ` for VNI. */
function characteristicChars(encoding: LegacyEncoding): Set<string> {
  let chars = characteristic.get(encoding);
  if (!chars) {
    const bytes = [...getLegacyTable(encoding).letters.keys()].flatMap((sequence) => [...sequence].map((c) => c.charCodeAt(0)));
    chars = new Set(bytes.filter((byte) => byte >= 0x80).map((byte) => WINDOWS_1252[byte]!));
    characteristic.set(encoding, chars);
  }
  return chars;
}

/** How many words carry the encoding's non-ASCII characters, and how many of those repair to a known syllable. */
function countEvidence(wordCounts: Map<string, number>, encoding: LegacyEncoding): { carrying: number; repaired: number } {
  const chars = characteristicChars(encoding);
  let carrying = 0;
  let repaired = 0;
  // Each distinct word is repaired once: running text repeats its syllables many times.
  for (const [word, count] of wordCounts) {
    if (![...word].some((char) => chars.has(char))) continue;
    carrying += count;
    const repair = repairLegacyText(word, encoding);
    if (repair !== word && knownSyllables().has(syllableKey(repair))) repaired += count;
  }
  return { carrying, repaired };
}

/**
 * Tells whether text is the Windows-1252 (or Latin-1) reading of TCVN3 or VNI bytes. Returns
 * an encoding only on clear evidence: at least {@link MIN_EVIDENCE_WORDS} words, a fifth of
 * all words, repair to Vietnamese syllables under it, as do most words carrying its
 * characters, and hardly any word holds real Vietnamese Unicode letters. Otherwise null.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Both encodings show as characters from A1 to FF: without any, there is nothing to count.
  if (!/[\u00A1-\u00FF]/u.test(text)) return null;
  // Ordinary Vietnamese text has a letter Windows-1252 cannot write in about every other
  // syllable; one in ten is proof enough. Counted on the opening of the text, cheaply, before
  // the word-by-word count below; a document is written in one encoding.
  if (isClearlyUnicode(text)) return null;
  const words = splitWords(text);
  const unicodeWords = words.filter((word) => VIETNAMESE_UNICODE.test(word)).length;
  if (words.length === 0 || unicodeWords > MAX_UNICODE_WORD_SHARE * words.length) return null;
  const wordCounts = new Map<string, number>();
  for (const word of words) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  const clear = LEGACY_ENCODINGS.map((encoding) => ({ encoding, ...countEvidence(wordCounts, encoding) })).filter(
    ({ carrying, repaired }) =>
      repaired >= MIN_EVIDENCE_WORDS && repaired >= MIN_EVIDENCE_SHARE * words.length && repaired >= MIN_REPAIRED_SHARE * carrying,
  );
  clear.sort((a, b) => b.repaired - a.repaired);
  const [best, second] = clear;
  if (!best || (second && second.repaired === best.repaired)) return null;
  return best.encoding;
}
