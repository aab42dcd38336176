import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findFiles } from '../src/batch/find-files.js';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { readHtml } from '../src/formats/read-html.js';

// Faults the file system and the libraries do not produce on demand, injected: a folder that
// cannot be read (the tests run as root, for whom chmod 000 changes nothing), Readability
// overflowing the stack.

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const denied = () => Promise.reject(Object.assign(new Error('EACCES: permission denied, scandir'), { code: 'EACCES' }));
  return { ...actual, readdir: ((path: string, ...rest: never[]) => (String(path).endsWith('locked') ? denied() : (actual.readdir as (...a: unknown[]) => unknown)(path, ...rest))) as typeof actual.readdir };
});

vi.mock('@mozilla/readability', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@mozilla/readability')>();
  class Readability {
    constructor(private readonly document: { querySelector(selector: string): unknown }) {}
    parse() {
      if (this.document.querySelector('[data-overflow]')) throw new RangeError('Maximum call stack size exceeded');
      return new actual.Readability(this.document as never).parse();
    }
  }
  return { ...actual, Readability };
});

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'solieu-faults-'));
  writeFileSync(join(root, 'a.txt'), 'Có 94 xã.');
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked', 'b.txt'), 'Có 7 xã.');
  writeFileSync(join(root, 'z.txt'), 'Tăng 5%.');
  return root;
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin: async function* () {}, env: {} };
  const code = await main(args, io);
  return { code, stderr, values: stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).value as number) };
}

describe('a folder that cannot be read inside a tree', () => {
  it('is a failed document in its place; the readable documents around it are found', async () => {
    const root = tree();
    expect(await findFiles([root])).toEqual([
      { name: join(root, 'a.txt'), path: join(root, 'a.txt') },
      { name: join(root, 'locked'), failure: { code: 'INPUT_UNREADABLE', message: `${join(root, 'locked')}: permission denied` } },
      { name: join(root, 'z.txt'), path: join(root, 'z.txt') },
    ]);
  });
  it('CLI: the readable documents are extracted, the folder reported alone, exit 1', async () => {
    const root = tree();
    expect(await run(['extract', root, '-f', 'jsonl', '-j', '1'])).toEqual({ code: 1, stderr: `solieu: ${join(root, 'locked')}: permission denied\n`, values: [94, 5] });
  });
  it('must not: hide the error of the folder named itself', async () => {
    const root = tree();
    expect(await findFiles([join(root, 'locked')])).toEqual([{ name: join(root, 'locked'), failure: { code: 'INPUT_UNREADABLE', message: `${join(root, 'locked')}: permission denied` } }]);
  });
});

describe('Readability failing on a page', () => {
  const page = (marker: string) =>
    `<html><head><title>Tin</title></head><body${marker}><nav>Trang chủ</nav><article><p>Có 94 xã đăng ký, tỷ lệ đạt trên 98%. Tỉnh đã hoàn thành kế hoạch chuyển đổi số trước thời hạn.</p></article></body></html>`;
  it('a stack overflow is not "no article": the page is read block by block', async () => {
    const { text } = await readHtml(page(' data-overflow'), 'o.html');
    expect(text).toContain('Có 94 xã đăng ký');
    expect(text).not.toContain('Trang chủ');
  });
  it('must not: turn a page without an article into one', async () => {
    await expect(readHtml('<html><body data-overflow><nav>Trang chủ</nav></body></html>', 'n.html')).rejects.toMatchObject({ code: 'INPUT_NO_ARTICLE' });
  });
  it('must not: change a page Readability reads', async () => expect((await readHtml(page(''), 'a.html')).text).toContain('Có 94 xã đăng ký'));
});
