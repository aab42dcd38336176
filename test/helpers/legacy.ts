import iconv from 'iconv-lite';
import { getLegacyTable, type LegacyEncoding } from '../../src/formats/legacy-tables.js';

const bytesOf = (sequence: string) => [...sequence].map((char) => char.charCodeAt(0));

/**
 * Writes Unicode text in TCVN3 or VNI bytes, to make test fixtures: the inverse of
 * `decodeLegacyBytes`. TCVN3 has no capital with a tone mark: like a .VnTime document, which
 * shows them through an all-capitals font, it writes the lower-case letter's byte. Other
 * characters go as Windows-1252 when their byte is not part of the table (`…`, `“`, no-break
 * space); anything else cannot be written and throws, so a fixture never decodes to something
 * other than what the test expects.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
  const { letters } = getLegacyTable(encoding);
  const bytesOfLetter = new Map([...letters].map(([sequence, letter]) => [letter, bytesOf(sequence)]));
  const tableBytes = new Set([...letters.keys()].flatMap(bytesOf).filter((byte) => byte >= 0x80));
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const bytes = bytesOfLetter.get(char) ?? bytesOfLetter.get(char.toLowerCase());
    if (bytes) {
      out.push(...bytes);
      continue;
    }
    const [byte] = iconv.encode(char, 'windows-1252');
    const written = byte !== undefined && iconv.decode(Buffer.from([byte]), 'windows-1252') === char;
    if (!written || tableBytes.has(byte)) throw new Error(`encodeLegacy: ${JSON.stringify(char)} cannot be written in ${encoding}`);
    out.push(byte);
  }
  return Buffer.from(out);
}
