import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boundedLines, readBytes } from '../src/batch/read-bytes.js';
import { jsonlStreamDocuments, parseJsonlDocument } from '../src/batch/jsonl-documents.js';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { decodeTextWithWarnings } from '../src/formats/decode-text.js';
import { addHtmlBlocks, flattenDeepHtml } from '../src/formats/html-blocks.js';
import { readDocx } from '../src/formats/read-docx.js';
import { readHtml } from '../src/formats/read-html.js';
import { readPdf } from '../src/formats/read-pdf.js';
import { SourceTextBuilder } from '../src/formats/source-text.js';
import { extract, parseNumber, SolieuError } from '../src/index.js';
import { docx, windows1258 } from './helpers/documents.js';
import { encodeLegacy } from './helpers/legacy.js';

// Every input solieu reads is bounded: what it holds in memory and how long it reads do not
// grow with what a file, a device, a pipe or a compressed part can hold, and a document over
// the bounds fails alone (INPUT_TOO_LARGE), the others still written.

const SENTENCE = 'Có 94 xã đăng ký, tỷ lệ đạt trên 98%.';
const folder = () => mkdtempSync(join(tmpdir(), 'solieu-bounded-'));
const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
async function* chunksOf(...chunks: (string | Buffer)[]) {
  for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
/** An endless stream of zeros, counting what was taken from it. */
function zeros(taken = { bytes: 0 }) {
  return async function* () {
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      taken.bytes += chunk.length;
      yield chunk;
    }
  };
}

/** The CLI in this process with `stdin` as given: output captured. */
async function run(args: string[], stdin: () => AsyncIterable<Uint8Array | string> = async function* () {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr, values: stdout.trim() ? stdout.trim().split('\n').map((l) => JSON.parse(l).value as number) : [] };
}

describe('files, devices and pipes: the bytes read are counted', () => {
  it('/dev/zero (size 0) stops one byte past --max-bytes: INPUT_TOO_LARGE', async () => {
    const started = performance.now();
    await expect(readBytes('/dev/zero', 1024 * 1024)).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
      message: '/dev/zero: more than the 1.0 MB a document may have (--max-bytes)',
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it('a FIFO fed more than the limit fails; the writer is cut off', async () => {
    const fifo = join(folder(), 'fifo');
    await new Promise((done) => spawn('mkfifo', [fifo]).on('exit', done));
    const writer = spawn('sh', ['-c', `head -c 20000000 /dev/zero > ${fifo}`], { stdio: 'ignore' });
    await expect(readBytes(fifo, 1024 * 1024)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    await new Promise((done) => writer.on('exit', done));
  });
  it('a regular file over the limit is refused by its size, before reading (the message gives the size)', async () => {
    const path = join(folder(), 'big.txt');
    writeFileSync(path, 'x'.repeat(3000));
    await expect(readBytes(path, 2000)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', message: `${path}: 2.9 KB, more than the 2.0 KB a document may have (--max-bytes)` });
  });
  it('must not: change a file within the limit (at the limit exactly, empty, larger than one read)', async () => {
    const dir = folder();
    const cases: [string, Buffer][] = [['exact.txt', Buffer.alloc(2000, 0x61)], ['empty.txt', Buffer.alloc(0)], ['big.txt', Buffer.alloc(3 * 1024 * 1024 + 7, 0x62)]];
    for (const [name, bytes] of cases) {
      writeFileSync(join(dir, name), bytes);
      expect(Buffer.from(await readBytes(join(dir, name), Math.max(2000, bytes.length))).equals(bytes), name).toBe(true);
    }
  });
  it('must not: a missing file or a directory is INPUT_UNREADABLE, not too large', async () => {
    await expect(readBytes(join(folder(), 'nope.txt'))).rejects.toMatchObject({ code: 'INPUT_UNREADABLE', message: expect.stringMatching(/no such file or directory$/) });
    await expect(readBytes(folder())).rejects.toMatchObject({ code: 'INPUT_UNREADABLE', message: expect.stringMatching(/is a directory$/) });
  });
  it('CLI: /dev/zero fails alone, exit 1; the other document is written', async () => {
    const good = join(folder(), 'good.txt');
    writeFileSync(good, SENTENCE);
    const result = await run(['extract', '/dev/zero', good, '--max-bytes', '1M', '-f', 'jsonl', '-j', '1']);
    expect(result).toMatchObject({ code: 1, stderr: 'solieu: /dev/zero: more than the 1.0 MB a document may have (--max-bytes)\n', values: [94, 98] });
  });
});

describe('standard input and --files-from: read as they stream, and no further than needed', () => {
  it('endless standard input stops one chunk past --max-bytes: INPUT_TOO_LARGE, exit 1', async () => {
    const taken = { bytes: 0 };
    const result = await run(['extract', '--max-bytes', '1M', '-f', 'jsonl'], zeros(taken));
    expect(result).toMatchObject({ code: 1, stderr: 'solieu: -: more than the 1.0 MB a document may have (--max-bytes)\n', stdout: '' });
    expect(taken.bytes).toBeLessThan(2 * 1024 * 1024);
  });
  it('--files-from - of endless zeros: a line longer than a path fails at once', async () => {
    const taken = { bytes: 0 };
    const result = await run(['extract', '--files-from', '-'], zeros(taken));
    expect(result).toMatchObject({ code: 1, stderr: 'solieu: option `--files-from`: -: line 1 is longer than 4096 bytes, so not a path\n' });
    expect(taken.bytes).toBeLessThan(1024 * 1024);
  });
  it('must not: change a list of paths (CRLF, blank lines, a byte-order mark)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'Có 94 xã.');
    writeFileSync(join(dir, 'b.txt'), 'Tăng 5%.');
    const list = `\uFEFF${join(dir, 'a.txt')}\r\n\r\n${join(dir, 'b.txt')}\n`;
    expect(await run(['extract', '--files-from', '-', '-f', 'jsonl', '-j', '1'], async function* () {
      yield Buffer.from(list.slice(0, 7));
      yield Buffer.from(list.slice(7));
    })).toMatchObject({ code: 0, stderr: '', values: [94, 5] });
  });
});

describe('boundedLines', () => {
  const lines = (max: number, ...chunks: string[]) => collect(boundedLines(chunksOf(...chunks), max));
  it('splits on \\n and \\r\\n across chunk boundaries; a last line without \\n counts', async () => {
    expect(await lines(100, 'ab', 'c\r', '\nde\n\nf')).toEqual([{ text: 'abc' }, { text: 'de' }, { text: '' }, { text: 'f' }]);
  });
  it('a line over the limit is reported once, as soon as it passes it, and the next lines are read', async () => {
    expect(await lines(4, 'ok\n12', '345', '6789\nnext\n')).toEqual([{ text: 'ok' }, { tooLong: true }, { text: 'next' }]);
  });
  it('must not: refuse a line of exactly the limit, or split a multi-byte character cut between chunks', async () => {
    const bytes = Buffer.from('xã\n');
    expect(await collect(boundedLines(chunksOf(bytes.subarray(0, 2), bytes.subarray(2)), 3))).toEqual([{ text: 'xã' }]);
  });
});

describe('JSON Lines: no line held longer than --max-bytes', () => {
  const good = (id: number, text: string) => JSON.stringify({ id, text });
  it('a good line, an over-long line, a good line: both good ones extracted, the long one fails with its line number', async () => {
    const documents = await collect(jsonlStreamDocuments(chunksOf(`${good(1, SENTENCE)}\n{"id":2,"text":"${'a'.repeat(5000)}`, `${'b'.repeat(5000)}"}\n${good(3, 'Tăng 5%.')}\n`), 'c.jsonl', {}, 1024));
    expect(documents.map((d) => [d.name, 'failure' in d ? d.failure.code : 'jsonLine' in d ? 'ok' : '?'])).toEqual([['c.jsonl:1', 'ok'], ['c.jsonl:2', 'INPUT_TOO_LARGE'], ['c.jsonl:3', 'ok']]);
  });
  it('CLI: the records before and after the long line are written, exit 1, one line on stderr', async () => {
    const path = join(folder(), 'c.jsonl');
    writeFileSync(path, `${good(1, SENTENCE)}\n${good(2, `Có 7 xã ${'a'.repeat(4000)}`)}\n${good(3, 'Tăng 5%.')}\n`);
    const result = await run(['extract', path, '--max-bytes', '2K', '-f', 'jsonl', '-j', '1']);
    expect(result).toMatchObject({ code: 1, stderr: `solieu: ${path}:2: more than the 2.0 KB a document may have (--max-bytes)\n`, values: [94, 98, 5] });
  });
  it('must not: change lines within the limit', async () => {
    const path = join(folder(), 'c.jsonl');
    writeFileSync(path, `${good(1, SENTENCE)}\r\n\n${good(3, 'Tăng 5%.')}`);
    expect(await run(['extract', path, '-f', 'jsonl', '-j', '1'])).toMatchObject({ code: 0, stderr: '', values: [94, 98, 5] });
  });
});

describe('JSON Lines ids past 2^53 are kept exactly, as strings', () => {
  const idOf = (line: string, field?: string) => parseJsonlDocument(line, 'c.jsonl:1', 1, { idField: field }).docId;
  const table: [string, string | number][] = [
    ['{"id": 9007199254740993, "text": "x"}', '9007199254740993'],
    ['{"id":-9007199254740993,"text":"x"}', '-9007199254740993'],
    ['{"text": "say \\"id\\": 1", "meta": {"id": 5}, "id": 12345678901234567890}', '12345678901234567890'],
    ['{"id": 1, "text": "x", "id": 9007199254740995}', '9007199254740995'], // the last of a repeated key, as JSON.parse
  ];
  for (const [line, id] of table) it(`${line} → "${id}"`, () => expect(idOf(line)).toBe(id));
  it('with --id-field', () => expect(idOf('{"doc": 9007199254740993, "id": 1, "text": "x"}', 'doc')).toBe('9007199254740993'));
  const keep: [string, string | number][] = [
    ['{"id": 42, "text": "x"}', 42],
    ['{"id": 9007199254740991, "text": "x"}', 9007199254740991], // the largest safe integer stays a number
    ['{"id": "9007199254740993", "text": "x"}', '9007199254740993'],
    ['{"id": 1.5e300, "text": "x"}', 1.5e300], // not written as an integer: left as JSON reads it
  ];
  for (const [line, id] of keep) it(`must not: ${line} → ${JSON.stringify(id)}`, () => expect(idOf(line)).toBe(id));
});

/** A ZIP whose entries are deflated; `declared` overrides the uncompressed size the directory states. */
function zipOf(entries: { name: string; data: string | Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declared } of entries) {
    const raw = Buffer.from(data);
    const packed = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declared ?? raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(declared ?? raw.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordXml = (body: string, ns = W) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('DOCX: the XML is unpacked within bounds and read in one pass', () => {
  it('XML that declares more than 4 × max-bytes fails before it is unpacked', async () => {
    const bytes = zipOf([{ name: 'word/document.xml', data: wordXml(p('9%').repeat(2000)) }]);
    await expect(readDocx(bytes, 'b.docx', 10_000)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', message: 'b.docx: its XML unpacks to more than 39.1 KB, more than a document may have (4 × --max-bytes)' });
  });
  it('XML whose header lies about its size fails while it is unpacked', async () => {
    const bytes = zipOf([{ name: 'word/document.xml', data: wordXml(p('9%').repeat(20000)), declared: 100 }]);
    await expect(readDocx(bytes, 'b.docx', 10_000)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });
  it('more text than max-bytes fails', async () => {
    const bytes = zipOf([{ name: 'word/document.xml', data: wordXml(p('x'.repeat(3000)).repeat(5)) }]);
    await expect(readDocx(bytes, 'b.docx', 10_000)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', message: expect.stringMatching(/of text in the DOCX/) });
  });
  it('200,000 one-word paragraphs (7 MB of XML in a 20 KB file) are read in seconds', async () => {
    const bytes = await docx(Array.from({ length: 200_000 }, () => '9%'));
    const started = performance.now();
    const { text } = await readDocx(bytes, 'many.docx');
    expect(text.split('\n').length).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
  it('reads what mammoth read: runs, tabs, breaks, entities, tables in cells, text boxes once, no deletions, footnotes last', async () => {
    const body = [
      '<w:p><w:r><w:t xml:space="preserve">Giá </w:t></w:r><w:hyperlink r:id="x"><w:r><w:t>tăng</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>5% &amp; &#x2030;</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>dòng 1</w:t><w:br/><w:t>dòng 2</w:t></w:r><w:del><w:r><w:delText>bỏ 7%</w:delText></w:r></w:del><w:ins><w:r><w:t> thêm</w:t></w:r></w:ins></w:p>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      '<w:p><w:r><w:t>Sau bảng</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
    ].join('');
    const rels = (type: string, target: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
    const bytes = zipOf([
      { name: '_rels/.rels', data: rels('officeDocument', '/word/main.xml') },
      { name: 'word/main.xml', data: wordXml(body, `${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`) },
      { name: 'word/_rels/main.xml.rels', data: rels('footnotes', 'notes.xml') },
      { name: 'word/notes.xml', data: `<w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>Chú thích 3%</w:t></w:r></w:p></w:footnote></w:footnotes>` },
    ]);
    const source = await readDocx(bytes, 'r.docx');
    expect(source.text.split('\n')).toEqual(['Giá tăng 5% & ‰', 'dòng 1', 'dòng 2 thêm', 'hộp', 'A', 'B', 'C', 'Sau bảng', 'Chú thích 3%']);
    const at = (line: string) => source.places.find((p) => source.text.slice(p.start, p.end) === line)?.place;
    expect([at('A'), at('B'), at('C')]).toEqual([{ table: 1, row: 1, column: 1 }, { table: 2, row: 1, column: 1 }, { table: 1, row: 1, column: 2 }]);
  });
  it('must not: depend on the namespace prefix (a default namespace, Strict OOXML)', async () => {
    const plain = zipOf([{ name: 'word/document.xml', data: '<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>Có 94 xã</t></r></p></body></document>' }]);
    expect((await readDocx(plain, 'd.docx')).text).toBe('Có 94 xã');
    const other = zipOf([{ name: 'word/document.xml', data: '<x:document xmlns:x="urn:other"><x:p><x:t>không phải Word</x:t></x:p></x:document>' }]);
    expect((await readDocx(other, 'd.docx')).text).toBe('');
  });
  it('must not: take a damaged archive for too large (INPUT_CORRUPT)', async () => {
    const bytes = Buffer.from(await docx(['Có 94 xã.']));
    const cut = bytes.subarray(0, bytes.length - 30);
    await expect(readDocx(cut, 'd.docx')).rejects.toMatchObject({ code: 'INPUT_CORRUPT' });
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    await expect(readDocx(await zip.generateAsync({ type: 'nodebuffer' }), 'd.docx')).rejects.toMatchObject({ code: 'INPUT_CORRUPT', message: 'd.docx: not a readable DOCX file (no word/document.xml)' });
  });
});

/** A one-page PDF whose content stream is `content`, deflated, on a page of `box` (pdf.js leaves out text off the page). */
function pdfOf(content: string, box = '0 0 595 842'): Buffer {
  const stream = deflateSync(Buffer.from(content));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [${box}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(length);
    const body = object ?? `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`;
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n${body}`), object ? Buffer.from('\nendobj\n') : Buffer.concat([stream, Buffer.from('\nendstream\nendobj\n')])]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

describe('PDF: the text a PDF yields is bounded', () => {
  const HUGE = '-10000000 -10000000 10000000 10000000';
  const bomb = pdfOf(`BT /F1 1 Tf 10 700 Td (${'9% '.repeat(68_000)}) Tj ET`, '0 0 500000 842'); // under 1 KB
  it('an 824-byte PDF of one Tj of 68,000 "9% " yields 204 KB of text: over the limit, INPUT_TOO_LARGE', async () => {
    expect(bomb.length).toBeLessThan(1024);
    await expect(readPdf(bomb, 'b.pdf', 100_000)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', message: 'b.pdf: more than 97.7 KB of text in the PDF, more than a document may have (--max-bytes)' });
  });
  it('within the limit it is read whole', async () => expect((await readPdf(bomb, 'b.pdf')).text.length).toBe(68_000 * 3 - 1));
  it('50,000 lines in one paragraph, and 50,000 items on one line, are joined in linear time', async () => {
    const started = performance.now();
    const lines = await readPdf(pdfOf(`BT /F1 10 Tf 10 800 Td 12 TL ${'(9% x) Tj T* '.repeat(50_000)} ET`, HUGE), 'l.pdf');
    expect(lines.text.length).toBe(50_000 * 5 - 1);
    const items = await readPdf(pdfOf(`BT /F1 1 Tf 10 700 Td [${'(9%) -3000 '.repeat(50_000)}] TJ ET`, HUGE), 'i.pdf');
    expect(items.text.length).toBe(50_000 * 3 - 1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('HTML: nesting is bounded before Readability', () => {
  const para = `<p>${SENTENCE} Tỉnh đã hoàn thành kế hoạch chuyển đổi số của năm trước thời hạn đề ra.</p>`;
  const nested = (depth: number) => `<!doctype html><html><head><title>Tin</title></head><body><nav>Trang chủ 24h</nav>${'<div>'.repeat(depth)}${para}${'</div>'.repeat(depth)}</body></html>`;
  for (const depth of [2_500, 100_000]) {
    it(`a paragraph in ${depth.toLocaleString('en')} <div>s is read in seconds, without Readability, and is not "no article"`, async () => {
      const started = performance.now();
      const { text } = await readHtml(nested(depth), 'd.html');
      expect(text).toContain(SENTENCE);
      expect(text).not.toContain('Trang chủ'); // the page's furniture is still left out
      expect(performance.now() - started).toBeLessThan(15_000);
    });
  }
  it('must not: read a page of ordinary depth otherwise (Readability still leaves the menu out)', async () => {
    const { text } = await readHtml(nested(20), 'd.html');
    expect(text).toContain(SENTENCE);
    expect(text).not.toContain('Trang chủ');
  });
  it('flattenDeepHtml takes out the wrappers below the bound, in one pass; a block still ends a line', () => {
    const flat = flattenDeepHtml(`<body>${'<div>'.repeat(300)}<p>a</p><p>b <b>c</b></p><script>var x = "<div>";</script>${'</div>'.repeat(300)}<p>d</p></body>`, 200)!;
    expect(flat).toBe(`<body>${'<div>'.repeat(199)}<br>a<br>b c<br>${'</div>'.repeat(199)}<p>d</p></body>`);
  });
  const shallow: [string, string][] = [
    ['300 unclosed <li>', `<ul>${'<li>mục'.repeat(300)}</ul>`],
    ['300 unclosed <p>', `<div>${'<p>đoạn'.repeat(300)}</div>`],
    ['rows of unclosed cells', `<table>${'<tr><td>1<td>2'.repeat(300)}</table>`],
    ['1,000 <br>, <img> and <x/>', `<p>${'dòng<br><img src="a.png"><x/>'.repeat(1000)}</p>`],
    ['stray end tags', `${'</div>'.repeat(500)}<div><p>x</p></div>`],
    ['tags inside a script', `<script>${'"<div>"+'.repeat(500)}""</script>`],
  ];
  for (const [what, html] of shallow) it(`must not flatten: ${what}`, () => expect(flattenDeepHtml(html, 200)).toBeNull());
  it('tag soup, deep or not: text or a SolieuError, never another exception', async () => {
    const piece = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<li>', '<br>', '<td>', '<tr>', '</span>', '<b>', 'Có 94 xã, tăng 5%. ', '<script>', '</script>', '<!--', '-->', '<x/>', '<');
    const soup = fc.tuple(fc.array(piece, { maxLength: 60 }), fc.nat({ max: 400 })).map(([pieces, depth]) => `${'<div>'.repeat(depth)}${pieces.join('')}`);
    await fc.assert(
      fc.asyncProperty(soup, async (html) => {
        try {
          expect(typeof (await readHtml(html, 's.html')).text).toBe('string');
        } catch (error) {
          if (!(error instanceof SolieuError)) throw error;
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
  }, 120_000);
  it('addHtmlBlocks walks 100,000 levels without recursion, tables in cells numbered in order', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(100_000)}<p>sâu</p>${'</div>'.repeat(100_000)}<table><tr><td>a</td><td><table><tr><td>b</td></tr></table>c</td></tr></table></body></html>`);
    const builder = new SourceTextBuilder();
    addHtmlBlocks(document.body as never, builder);
    const source = builder.build();
    expect(source.text.split('\n')).toEqual(['sâu', 'a', 'b', 'c']);
    expect(source.places.map((p) => p.place)).toEqual([{ table: 1, row: 1, column: 1 }, { table: 2, row: 1, column: 1 }, { table: 1, row: 1, column: 2 }]);
  });
});

describe('nearly-valid UTF-8 stays UTF-8', () => {
  const article = `Thanh Hóa: ${SENTENCE} Xã được công nhận đạt chuẩn nông thôn mới, tăng 5% so với năm trước.`;
  it('a UTF-8 article with one stray \\xff: U+FFFD for it, the rest as written, and a warning', async () => {
    const bytes = Buffer.concat([Buffer.from(article.slice(0, 11)), Buffer.from([0xff]), Buffer.from(article.slice(11))]);
    const { text, warnings } = await decodeTextWithWarnings(bytes, 'a.txt');
    expect(text).toBe(`${article.slice(0, 11)}\uFFFD${article.slice(11)}`);
    expect(warnings).toEqual(['a.txt: warning: a byte sequence that is not UTF-8 (the first at byte 12), read as U+FFFD; the rest is UTF-8']);
  });
  it('must not: read legacy text as damaged UTF-8 (Windows-1258, TCVN3, VNI)', async () => {
    expect(await decodeTextWithWarnings(await windows1258(article), 'w.txt')).toEqual({ text: article, warnings: ['w.txt: warning: not UTF-8 text, read as Windows-1258 (--encoding names another)'] });
    for (const encoding of ['tcvn3', 'vni'] as const) expect((await decodeTextWithWarnings(encodeLegacy(article, encoding), 't.txt')).text).toBe(article);
  });
  it('must not: warn about valid UTF-8, or accept bad bytes when --encoding utf-8 is named', async () => {
    expect(await decodeTextWithWarnings(Buffer.from(article), 'a.txt')).toEqual({ text: article, warnings: [] });
    await expect(decodeTextWithWarnings(Buffer.from([0x78, 0xc3, 0xa3, 0xff]), 'a.txt', 'utf-8')).rejects.toMatchObject({ code: 'INPUT_INVALID_ENCODING' });
  });
});

describe('the library refuses what is not text with a SolieuError', () => {
  const table: [string, () => unknown, string][] = [
    ['extract(null)', () => extract(null as never), 'extract needs a string, got null'],
    ['extract(42)', () => extract(42 as never), 'extract needs a string, got number'],
    ["extract('…', null)", () => extract('Có 94 xã.', null as never), 'extract options must be an object, got null'],
    ['parseNumber({})', () => parseNumber({} as never), 'parseNumber needs a string, got object'],
  ];
  for (const [call, make, message] of table) {
    it(call, () => {
      expect(make).toThrow(SolieuError);
      expect(make).toThrow(message);
    });
  }
  it('must not: refuse text, with or without options', () => {
    expect(extract('Có 94 xã.').map((r) => r.value)).toEqual([94]);
    expect(extract('Có 94 xã.', {}).map((r) => r.value)).toEqual([94]);
    expect(parseNumber('11,07 triệu')).toBe(11_070_000);
  });
});
