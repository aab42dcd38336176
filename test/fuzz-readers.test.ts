import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../src/errors.js';
import { readDocument } from '../src/formats/read-document.js';
import { docx, newsPage } from './helpers/documents.js';

// The file readers on damaged files: truncated, bytes flipped, garbage spliced in, pure noise.
// Each must give text or a SolieuError naming the file — never another exception, never a hang.
const RUNS = Number(process.env.SOLIEU_FUZZ_RUNS ?? 150);
const settings = { numRuns: RUNS, seed: 20261127 };
const TIMEOUT = Math.max(120_000, RUNS * 400);

const article = readFileSync(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url), 'utf8');
const pdf = new Uint8Array(readFileSync(new URL('fixtures/formats/sample.pdf', import.meta.url)));
const html = new Uint8Array(Buffer.from(newsPage(article, { title: 'T', published: '2023-08-01' })));

/** A damaged copy: cut short, a few bytes changed, a run of noise written over the middle. */
const damaged = (bytes: Uint8Array) =>
  fc.tuple(fc.nat({ max: bytes.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), fc.uint8Array({ maxLength: 64 }), fc.nat())
    .map(([cut, flips, noise, at]) => {
      const copy = bytes.slice(0, Math.max(cut, 8));
      for (const [i, b] of flips) copy[i % copy.length] = b;
      copy.set(noise.slice(0, copy.length), at % Math.max(1, copy.length - noise.length));
      return copy;
    });

async function readsCleanly(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const source = await readDocument(bytes, name);
    expect(typeof source.text).toBe('string');
  } catch (error) {
    if (!(error instanceof SolieuError)) throw new Error(`${name}: ${String(error)} is not a SolieuError`);
    expect(error.message.startsWith(`${name}:`)).toBe(true);
  }
}

describe(`damaged files (${RUNS} cases each)`, () => {
  it('PDF', async () => {
    await fc.assert(fc.asyncProperty(damaged(pdf), (bytes) => readsCleanly(bytes, 'f.pdf')), settings);
  }, TIMEOUT);
  it('DOCX', async () => {
    const good = new Uint8Array(await docx([...article.split('\n').slice(0, 10), [['a', '1 xã'], ['b', '2%']]]));
    await fc.assert(fc.asyncProperty(damaged(good), (bytes) => readsCleanly(bytes, 'f.docx')), settings);
  }, TIMEOUT);
  it('HTML', async () => {
    await fc.assert(fc.asyncProperty(damaged(html), (bytes) => readsCleanly(bytes, 'f.html')), settings);
  }, TIMEOUT);
  it('random bytes as each type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('f.pdf', 'f.docx', 'f.html', 'f.txt'), (bytes, name) => readsCleanly(bytes, name)),
      settings,
    );
  }, TIMEOUT);
});
