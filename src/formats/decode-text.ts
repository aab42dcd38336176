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
 * The text of a document's bytes. `auto`: UTF-8 or UTF-16 by their byte-order mark; else
 * UTF-8 when the bytes are valid UTF-8; else TCVN3 or VNI when the characters say so, else
 * Windows-1258. In every case, text that shows the marks of TCVN3 or VNI fonts (a document
 * opened without its fonts) is converted back. Throws `INPUT_BINARY` for bytes with NUL in
 * them (not text), `INPUT_INVALID_ENCODING` when a named encoding does not fit.
 */
export async function decodeText(bytes: Uint8Array, name: string, encoding: Encoding = 'auto'): Promise<string> {
  const bom16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  if (encoding === 'utf-16' || (encoding === 'auto' && bom16)) return repaired(utf16(bytes, name));
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new SolieuError('INPUT_BINARY', `${name}: binary file (it holds NUL bytes), not text`, name);
  }
  if (encoding === 'windows-1258') return windows1258(bytes);
  if (encoding === 'tcvn3' || encoding === 'vni') return decodeLegacyBytes(bytes, encoding);
  try {
    return repaired(UTF8.decode(bytes));
  } catch {
    if (encoding === 'utf-8') throw new SolieuError('INPUT_INVALID_ENCODING', `${name}: not valid UTF-8 text`, name);
  }
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const legacy = detectLegacyEncoding(latin);
  return legacy ? decodeLegacyBytes(bytes, legacy) : windows1258(bytes);
}
