import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SolieuError } from '../errors.js';
import { parseNumberedTsv, type TableSchema } from '../lexicon/parse-tsv.js';

/** The legacy Vietnamese font encodings solieu reads. */
export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

/** One encoding's table: each byte sequence, written as a string of one char per byte (U+0000–U+00FF), and its letter. */
export interface LegacyTable {
  letters: ReadonlyMap<string, string>;
  /** The longest byte sequence, to match longest first. */
  longest: number;
}

/** `dictionaries/` beside `src/` (or beside `dist/` once built), as for the lexicon. */
const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** TCVN3 is one byte per letter; VNI writes most letters as a base letter and a diacritics byte. */
const MAX_SEQUENCE: Record<LegacyEncoding, number> = { tcvn3: 1, vni: 2 };

const HEX_BYTES = /^[0-9A-F]{2}( [0-9A-F]{2})*$/;

const schemaOf = (encoding: LegacyEncoding): TableSchema => ({
  file: `encodings/${encoding}.tsv`,
  columns: [{ name: 'bytes', type: 'text' }, { name: 'letter', type: 'text' }],
  key: ['bytes'],
});

const fail = (file: string, line: number, message: string): never => {
  throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${file}:${line}: ${message}`, file);
};

function parseBytes(hex: string, max: number, file: string, line: number): string {
  if (!HEX_BYTES.test(hex)) fail(file, line, `column \`bytes\` must be bytes in upper-case hex like \`61 F8\`, got ${JSON.stringify(hex)}`);
  const bytes = hex.split(' ').map((pair) => Number.parseInt(pair, 16));
  if (bytes.length > max) fail(file, line, `column \`bytes\` must be at most ${max} byte(s), got ${JSON.stringify(hex)}`);
  // A lone ASCII byte must stay itself: a row for it would rewrite plain text.
  if (bytes.every((byte) => byte < 0x80)) fail(file, line, `column \`bytes\` must hold a byte from 80 to FF, got ${JSON.stringify(hex)}`);
  return String.fromCharCode(...bytes);
}

/**
 * Reads and checks one encoding table from `dictionaries/encodings/`: the header, NFC cells
 * (through `parseTsv`), bytes in hex, one letter a row, no byte sequence or letter twice.
 * Throws {@link SolieuError} `INVALID_DICTIONARY` naming the file and line.
 */
export function loadLegacyTable(encoding: LegacyEncoding, dir: string = DICTIONARY_DIR): LegacyTable {
  const schema = schemaOf(encoding);
  let content: string;
  try {
    content = readFileSync(join(dir, schema.file), 'utf8');
  } catch (error) {
    throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${schema.file}: cannot read (${(error as Error).message})`, schema.file);
  }
  const letters = new Map<string, string>();
  const firstLine = new Map<string, number>();
  parseNumberedTsv(content, schema).forEach(({ row, line }) => {
    const sequence = parseBytes(row.bytes as string, MAX_SEQUENCE[encoding], schema.file, line);
    const letter = row.letter as string;
    if ([...letter].length !== 1 || !/\p{L}/u.test(letter)) fail(schema.file, line, `column \`letter\` must be one letter, got ${JSON.stringify(letter)}`);
    const first = firstLine.get(letter);
    if (first !== undefined) fail(schema.file, line, `letter ${JSON.stringify(letter)} is already on line ${first}`);
    firstLine.set(letter, line);
    letters.set(sequence, letter);
  });
  return { letters, longest: Math.max(1, ...[...letters.keys()].map((sequence) => sequence.length)) };
}

const cache = new Map<LegacyEncoding, LegacyTable>();

/** The bundled table of an encoding, read and checked on first use. */
export function getLegacyTable(encoding: LegacyEncoding): LegacyTable {
  let table = cache.get(encoding);
  if (!table) {
    table = loadLegacyTable(encoding);
    cache.set(encoding, table);
  }
  return table;
}
