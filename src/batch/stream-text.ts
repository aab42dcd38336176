import { closeSync, openSync, readSync } from 'node:fs';
import { isClearlyUnicode } from '../formats/legacy-encoding.js';
import { normalizeText } from '../pipeline/01-normalize.js';
import { countStyleMarks, styleOfMarks } from '../pipeline/02-detect-number-style.js';
import { extractBatches, type Piece } from '../pipeline/index.js';
import type { ClaimRecord, ExtractOptions } from '../types.js';

/** A plain-text file larger than this is read and extracted in pieces: its memory does not grow with its size. */
export const STREAM_BYTES = 8 * 1024 * 1024;
/** Bytes read at a time. */
const READ_BYTES = 256 * 1024;
/** A line longer than this (no line break in it) is cut at white space: a piece never grows past it. */
const MAX_PIECE_CHARS = 4 * 1024 * 1024;

/**
 * The raw text of a UTF-8 file in pieces that end at line breaks, decoded as it is read.
 * Throws (TypeError) at the first byte that is not UTF-8: the file is then read whole, where
 * the decoder decides what it is.
 */
function* utf8Pieces(path: string): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(READ_BYTES);
    let carry = '';
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      carry += decoder.decode(buffer.subarray(0, n), { stream: true });
      const cut = pieceEnd(carry);
      if (cut > 0) {
        yield carry.slice(0, cut);
        carry = carry.slice(cut);
      }
    }
    carry += decoder.decode();
    if (carry) yield carry;
  } finally {
    closeSync(fd);
  }
}

/** Where the text in hand can end a piece: after its last line feed; past the bound, after its last white space. 0: not yet. */
function pieceEnd(text: string): number {
  const newline = text.lastIndexOf('\n');
  if (newline !== -1) return newline + 1;
  if (text.length < MAX_PIECE_CHARS) return 0;
  const space = text.lastIndexOf(' ');
  return space > 0 ? space + 1 : MAX_PIECE_CHARS;
}

/**
 * The records of a large UTF-8 text file, read in pieces twice: once for the number style of
 * the whole (and to see that it is UTF-8 throughout and plainly Unicode, as the whole-file
 * reader would decide), then to extract each piece in its place in the whole. Null when the
 * file is not such a file: it is read whole then. The records are those of the whole text.
 */
export function streamTextFile(path: string, options: ExtractOptions): { bytes: number; batches: Iterable<ClaimRecord[]> } | null {
  const marks = { vi: 0, en: 0 };
  let bytes = 0;
  let first = true;
  try {
    for (const raw of utf8Pieces(path)) {
      const text = normalizeText(raw);
      // The whole-file reader repairs text typed in a legacy encoding, judging by its opening.
      if (first && !isClearlyUnicode(text)) return null;
      first = false;
      countStyleMarks(text, marks);
      bytes += Buffer.byteLength(text);
    }
  } catch (error) {
    if (error instanceof TypeError) return null; // not UTF-8
    throw error;
  }
  const style = styleOfMarks(marks);
  return {
    bytes,
    batches: (function* () {
      const piece: Piece = { style, offset: 0, line: 1, before: 0 };
      for (const raw of utf8Pieces(path)) {
        const text = normalizeText(raw);
        let found = 0;
        for (const batch of extractBatches(text, options, piece)) {
          found += batch.length;
          yield batch;
        }
        piece.before += found;
        piece.offset += text.length;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) piece.line++;
      }
    })(),
  };
}
