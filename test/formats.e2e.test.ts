import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { docx, newsPage, windows1258 } from './helpers/documents.js';

const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const pdf = fileURLToPath(new URL('fixtures/formats/sample.pdf', import.meta.url));
const article = readFileSync(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url), 'utf8');
const solieu = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
const jsonl = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('solieu extract on pages, PDFs and Word files', () => {
  it('a PDF: records carry their page; the CSV header gains the source columns', () => {
    const run = solieu(['extract', pdf, '-f', 'jsonl']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const records = jsonl(run.stdout);
    expect(records.length).toBe(39);
    expect(records[0]).toMatchObject({ file: pdf, page: 1 });
    const csv = solieu(['extract', pdf, '-f', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('file,id,line,start,end,text,kind,value,value_max,denominator,unit,unit_norm,currency,subject,qualifier,change,sentence,status,time,source,lang,title,published,page,table,row,column');
  });

  it('--print-text shows the text solieu read, which record offsets refer to', () => {
    const text = solieu(['extract', pdf, '--print-text']).stdout;
    const [first] = jsonl(solieu(['extract', pdf, '-f', 'jsonl']).stdout);
    expect(text.slice(first.start, first.end)).toBe(first.text);
    expect(text).toMatch(/^Thanh Hóa: Chuyển mình mạnh mẽ/);
  });

  it('a web page on standard input is recognised and read as an article', () => {
    const run = solieu(['extract', '-f', 'jsonl'], newsPage(article, { title: 'Thanh Hóa', published: '2023-08-01' }));
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout)).toHaveLength(39);
    expect(jsonl(run.stdout)[0]).toMatchObject({ file: '-', title: 'Thanh Hóa', published: '2023-08-01' });
  });

  it('a folder of mixed documents, bad ones among them: each bad one reported, the rest read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-mixed-'));
    copyFileSync(pdf, join(dir, 'a.pdf'));
    writeFileSync(join(dir, 'b.docx'), await docx(['Có 94 xã đăng ký.']));
    writeFileSync(join(dir, 'c.html'), newsPage(article, { title: 't', published: 'p' }));
    writeFileSync(join(dir, 'd.txt'), await windows1258('Giá 100 đồng, tăng 5%.'));
    writeFileSync(join(dir, 'e.pdf'), readFileSync(pdf).subarray(0, 5000));
    writeFileSync(join(dir, 'f.docx'), 'PK\x03\x04 not really');
    writeFileSync(join(dir, 'g.html'), '<html><body><nav>Trang chủ</nav></body></html>');
    const run = solieu(['extract', dir, '-f', 'jsonl', '--jobs', '2']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      // Not UTF-8, and no legacy font encoding recognised: read as Windows-1258, and the user told so.
      expect.stringMatching(/d\.txt: warning: not UTF-8 text, read as Windows-1258 \(--encoding names another\)$/),
      expect.stringMatching(/e\.pdf: not a readable PDF/),
      expect.stringMatching(/f\.docx: not a readable DOCX file/),
      expect.stringMatching(/g\.html: no article text found in this page$/),
    ]);
    const byFile = new Map<string, number>();
    for (const r of jsonl(run.stdout)) byFile.set(r.file.slice(dir.length + 1), (byFile.get(r.file.slice(dir.length + 1)) ?? 0) + 1);
    expect(Object.fromEntries(byFile)).toEqual({ 'a.pdf': 39, 'b.docx': 1, 'c.html': 39, 'd.txt': 2 });
  });

  it('JSON Lines documents holding HTML, with --input-type html', () => {
    const line = JSON.stringify({ id: 'p1', text: newsPage(article, { title: 'T', published: 'P' }) });
    const run = solieu(['extract', '--input-format', 'jsonl', '--input-type', 'html', '-f', 'jsonl'], `${line}\n`);
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout)[0]).toMatchObject({ doc_id: 'p1', title: 'T' });
  });

  it('--encoding names the encoding; a wrong --input-type is a usage error', () => {
    const forced = solieu(['extract', '--encoding', 'utf-8', '-f', 'jsonl'], Buffer.from([0x47, 0x69, 0xe1, 0x20, 0x35, 0x25]));
    expect(forced.status).toBe(1);
    expect(forced.stderr).toBe('solieu: -: not valid UTF-8 text\n');
    expect(solieu(['extract', '--input-type', 'odt']).status).toBe(2);
  });
});
