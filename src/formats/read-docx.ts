import { constants } from 'node:buffer';
import { posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_MAX_BYTES, formatBytes } from '../batch/read-bytes.js';
import { SolieuError } from '../errors.js';
import { SourceTextBuilder, type SourcePlace, type SourceText } from './source-text.js';

// A DOCX is a ZIP of XML parts. It is read here, not by mammoth: mammoth builds three trees of
// a document (XML, its document model, HTML) and took 870 MB for the 3.5 MB of XML of 100,000
// one-word paragraphs — a 100 KB file of a million of them ran out of memory. This reader
// unpacks only the parts with text, each no larger than it may be, and reads their XML in one
// pass, holding nothing but the text it finds.

/** XML may unpack to this many times `--max-bytes` (200 MB by default): markup around the text, generously. */
const XML_PER_TEXT = 4;
/** Elements nested deeper than this are not a Word document a person wrote. */
const MAX_XML_DEPTH = 1000;

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const corrupt = (name: string, why: string) => new SolieuError('INPUT_CORRUPT', `${name}: not a readable DOCX file (${why})`, name);

/** 64-bit sizes and offsets of a ZIP64 entry, for the 32-bit fields that say 0xFFFFFFFF. */
function zip64Fields(zip: Buffer, extra: number, end: number, fields: number[]): number[] {
  for (let at = extra; at + 4 <= end; at += 4 + zip.readUInt16LE(at + 2)) {
    if (zip.readUInt16LE(at) !== 0x0001) continue;
    let k = at + 4;
    return fields.map((value) => (value === 0xffffffff ? Number(zip.readBigUInt64LE((k += 8) - 8)) : value));
  }
  return fields;
}

/** The entries of a ZIP by lower-case name (part names of a package ignore case), from its central directory. */
function zipEntries(zip: Buffer, name: string): Map<string, ZipEntry> {
  const end = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (end < 0 || end + 22 > zip.length) throw corrupt(name, 'not a ZIP archive');
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if ((count === 0xffff || at === 0xffffffff) && end >= 20 && zip.readUInt32LE(end - 20) === 0x07064b50) {
    const end64 = Number(zip.readBigUInt64LE(end - 12));
    count = Number(zip.readBigUInt64LE(end64 + 32));
    at = Number(zip.readBigUInt64LE(end64 + 48));
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw corrupt(name, 'damaged ZIP directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const [size, compressedSize, offset] = zip64Fields(zip, at + 46 + nameLength, at + 46 + nameLength + extraLength, [
      zip.readUInt32LE(at + 24), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 42),
    ]);
    entries.set(entryName.toLowerCase(), { method: zip.readUInt16LE(at + 10), compressedSize: compressedSize!, size: size!, offset: offset! });
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * An entry's bytes, unpacked to at most `budget` bytes whatever its header declares: zlib stops
 * there (a few hundred bytes can inflate to gigabytes). Null when there is more.
 */
function unpack(zip: Buffer, entry: ZipEntry, budget: number, name: string): Buffer | null {
  if (zip.readUInt32LE(entry.offset) !== 0x04034b50) throw corrupt(name, 'damaged ZIP entry');
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  if (start + entry.compressedSize > zip.length) throw corrupt(name, 'cut short');
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > budget ? null : data;
  if (entry.method !== 8) throw corrupt(name, `compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw corrupt(name, (error as Error).message);
  }
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) found.set(m[1]!, m[2] ?? m[3] ?? '');
  return found;
}

/** The parts a relationships part points to with a type ending in `/kind`, as part names from the package root. */
function related(rels: string | undefined, from: string, kind: string): string[] {
  const base = posix.dirname(from);
  const parts: string[] = [];
  for (const m of (rels ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    const target = a.get('Target');
    if (!target || a.get('TargetMode') === 'External' || !a.get('Type')?.endsWith(`/${kind}`)) continue;
    parts.push(posix.normalize(target.startsWith('/') ? target : posix.join(base, target)).replace(/^\/+/, ''));
  }
  return parts;
}

const relsOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

const WORD = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Text in these is not the document's: the newer of two renderings (`mc:Fallback` is read), deletions. */
const SKIPPED = new Set(['mc:Choice', 'w:del', 'w:moveFrom']);
/** Characters Word writes as elements, as mammoth reads them. */
const CHARACTERS: Record<string, string> = { 'w:tab': '\t', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00AD' };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Text of the XML, held as Latin-1 (a byte a character): its UTF-8 bytes decoded and its entities replaced. */
function xmlText(latin1: string): string {
  const text = Buffer.from(latin1, 'latin1').toString('utf8');
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#x([\da-fA-F]+)|(\w+));/g, (whole, dec: string, hex: string, named: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return ENTITIES[named] ?? whole;
  });
}

/** An element's start or end tag, a comment, CDATA, or a declaration. */
const TOKEN = /<(\/?)(?:([\w.-]+):)?([\w.-]+)((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(\/?)>|<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[?!][^>]*>?/g;

/**
 * The paragraphs and table cells of WordprocessingML parts, in order, into `builder`: a
 * paragraph a line; a cell's paragraphs lines of their own, placed in their table, row and
 * column (tables counted from 1 in document order, a table in a cell too); a line break ends
 * a line. One pass over each part's XML, elements named by namespace, not by prefix.
 */
class WordXmlReader {
  private tables = 0;
  private readonly tableStack: { number: number; row: number; column: number }[] = [];
  private readonly placeStack: (SourcePlace | undefined)[] = [];
  private place: SourcePlace | undefined;
  private pending: string[] = [];
  private chars = 0;

  constructor(private readonly builder: SourceTextBuilder, private readonly name: string, private readonly maxChars: number) {}

  private flush(): void {
    if (!this.pending.length) return;
    const text = this.pending.join('');
    this.pending = [];
    this.chars += text.length;
    if (this.chars > this.maxChars) {
      throw new SolieuError('INPUT_TOO_LARGE', `${this.name}: more than ${formatBytes(this.maxChars)} of text in the DOCX, more than a document may have (--max-bytes)`, this.name);
    }
    this.builder.add(text, this.place);
  }

  private open(element: string): void {
    if (element === 'w:p' || element === 'w:br' || element === 'w:cr') this.flush();
    else if (element in CHARACTERS) this.pending.push(CHARACTERS[element]!);
    else if (element === 'w:tbl') {
      this.flush();
      this.tableStack.push({ number: ++this.tables, row: 0, column: 0 });
    } else if (element === 'w:tr' && this.tableStack.length) {
      const table = this.tableStack[this.tableStack.length - 1]!;
      table.row++;
      table.column = 0;
    } else if (element === 'w:tc' && this.tableStack.length) {
      this.flush();
      const table = this.tableStack[this.tableStack.length - 1]!;
      this.placeStack.push(this.place);
      this.place = { table: table.number, row: table.row, column: ++table.column };
    }
  }

  private close(element: string): void {
    if (element === 'w:p') this.flush();
    else if (element === 'w:tc' && this.placeStack.length) {
      this.flush();
      this.place = this.placeStack.pop();
    } else if (element === 'w:tbl' && this.tableStack.length) {
      this.flush();
      this.tableStack.pop();
    }
  }

  /** Reads one part (its XML as Latin-1). */
  read(xml: string): void {
    const names: string[] = []; // the open elements, `w:p` or `?:shape`
    const scopes: { depth: number; prefixes: Record<string, string | undefined> }[] = [{ depth: 0, prefixes: {} }];
    let skipFrom = -1; // depth of the skipped element we are in
    let inText = -1; // depth of the `w:t` we are in
    let textFrom = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
      if (inText >= 0 && skipFrom < 0 && m.index > textFrom) this.pending.push(xmlText(xml.slice(textFrom, m.index)));
      textFrom = TOKEN.lastIndex;
      if (m[6] !== undefined) {
        if (inText >= 0 && skipFrom < 0) this.pending.push(Buffer.from(m[6], 'latin1').toString('utf8'));
        continue;
      }
      const local = m[3];
      if (local === undefined) continue; // a comment or declaration
      const [, closing, prefix = '', , attributeText, selfClosing] = m;
      if (closing) {
        // A stray end tag (damaged XML) closes up to its element when one is open nearby.
        const k = names.lastIndexOf(`${prefix}|${local}`, names.length - 1);
        if (k < 0 || names.length - k > 64) continue;
        while (names.length > k) {
          const element = qualified(names.pop()!, scopes[scopes.length - 1]!.prefixes);
          if (names.length === skipFrom) skipFrom = -1;
          else if (skipFrom < 0) this.close(element);
          if (names.length === inText) inText = -1;
          if (scopes.length > 1 && scopes[scopes.length - 1]!.depth > names.length) scopes.pop();
        }
        continue;
      }
      if (attributeText!.includes('xmlns')) {
        const prefixes = { ...scopes[scopes.length - 1]!.prefixes };
        for (const [key, value] of attributes(attributeText!)) if (key === 'xmlns' || key.startsWith('xmlns:')) prefixes[key.slice(6)] = value;
        scopes.push({ depth: names.length + 1, prefixes });
      }
      const element = qualified(`${prefix}|${local}`, scopes[scopes.length - 1]!.prefixes);
      if (skipFrom < 0) {
        if (SKIPPED.has(element)) skipFrom = names.length;
        else this.open(element);
      }
      if (selfClosing) {
        if (skipFrom === names.length) skipFrom = -1;
        else if (skipFrom < 0) this.close(element);
        if (scopes.length > 1 && scopes[scopes.length - 1]!.depth > names.length) scopes.pop();
        continue;
      }
      if (element === 'w:t' && inText < 0) inText = names.length;
      names.push(`${prefix}|${local}`);
      if (names.length > MAX_XML_DEPTH) throw corrupt(this.name, `elements nested more than ${MAX_XML_DEPTH} deep`);
    }
    this.flush();
  }
}

/** `w:p` for an element of the WordprocessingML namespace, `mc:…` for markup compatibility, `?:…` for others. */
function qualified(prefixed: string, prefixes: Record<string, string | undefined>): string {
  const bar = prefixed.indexOf('|');
  const namespace = prefixes[prefixed.slice(0, bar)];
  const kind = namespace && WORD.has(namespace) ? 'w' : namespace === COMPATIBILITY ? 'mc' : '?';
  return `${kind}:${prefixed.slice(bar + 1)}`;
}

/**
 * A Word document's paragraphs and table cells, in order, then its footnotes and endnotes;
 * each cell's claims carry their table, row and column. The XML may unpack to at most four
 * times `maxBytes` (default: the 50 MB a document may have) and yield at most `maxBytes` of
 * text: more throws `INPUT_TOO_LARGE`, found before or while unpacking, not after. Throws
 * `INPUT_CORRUPT` for a file that is not a DOCX.
 */
export async function readDocx(bytes: Uint8Array, name: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<SourceText> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxXml = Math.min(XML_PER_TEXT * maxBytes, constants.MAX_STRING_LENGTH);
  const tooLarge = () =>
    new SolieuError('INPUT_TOO_LARGE', `${name}: its XML unpacks to more than ${formatBytes(maxXml)}, more than a document may have (${XML_PER_TEXT} × --max-bytes)`, name);
  let budget = maxXml;
  let entries: Map<string, ZipEntry>;
  const part = (path: string): string | undefined => {
    const entry = entries.get(path.toLowerCase());
    if (!entry) return undefined;
    const data = unpack(zip, entry, budget, name);
    if (!data) throw tooLarge();
    budget -= data.length;
    return data.toString('latin1');
  };
  const builder = new SourceTextBuilder();
  try {
    entries = zipEntries(zip, name);
    const main = related(part('_rels/.rels'), '', 'officeDocument')[0] ?? 'word/document.xml';
    if (!entries.has(main.toLowerCase())) throw corrupt(name, `no ${main}`);
    const rels = part(relsOf(main));
    const parts = [main, ...related(rels, main, 'footnotes'), ...related(rels, main, 'endnotes')].filter((p) => entries.has(p.toLowerCase()));
    // What the parts declare is checked first: most bombs say what they are.
    if (parts.reduce((sum, p) => sum + entries.get(p.toLowerCase())!.size, 0) > budget) throw tooLarge();
    const reader = new WordXmlReader(builder, name, maxBytes);
    for (const p of parts) reader.read(part(p)!);
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    throw corrupt(name, (error as Error)?.message ?? String(error));
  }
  return builder.build();
}
