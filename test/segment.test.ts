import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, segmentWords, tagWords } from '../src/index.js';
import { getSegmenter } from '../src/segment/index.js';
import { tokenizeLikeVntk } from '../src/segment/vntk-tokenize.js';
import { runCli } from './helpers/cli.js';

const require = createRequire(import.meta.url);
const sentences = readFileSync(new URL('fixtures/vntk-sentences.txt', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#'));

// vntk itself, the reference. Its dictionary's `has` is a linear search; a set gives the same
// answers (the same lower-cased lines), only fast enough to run 1,000 sentences in a test.
const dictionary = require('@vntk/dictionary');
const lines = new Set<string>(dictionary.lower_words);
dictionary.has = (word: string) => !!word && lines.has(word.toLowerCase());
const vntkWords = require('vntk/lib/word_tokenizer');
const vntkPos = require('vntk/lib/pos_tag');
const vntkTokenizer = require('vntk/lib/tokenizer');

describe('vntk, reproduced', () => {
  it('loads the models', () => expect(getSegmenter()).not.toBeNull());

  it(`tokenizes ${sentences.length} real sentences as vntk does`, () => {
    const differ = sentences.filter((s) => JSON.stringify(tokenizeLikeVntk(s).map((t) => t.text)) !== JSON.stringify(vntkTokenizer.tokenize(s)));
    expect(differ).toEqual([]);
  });
  it(`segments ${sentences.length} real sentences as vntk's wordTokenizer().tag() does`, () => {
    const differ = sentences.filter((s) => JSON.stringify(segmentWords(s).map((w) => w.text)) !== JSON.stringify(vntkWords.tag(s)));
    expect(differ).toEqual([]);
  });
  it(`tags ${sentences.length} real sentences as vntk's posTag().tag() does`, () => {
    const ours = (s: string) => tagWords(s).map((w) => [w.text, w.tag]);
    const differ = sentences.filter((s) => JSON.stringify(ours(s)) !== JSON.stringify(vntkPos.tag(s)));
    expect(differ).toEqual([]);
  });
  it('gives each word its offsets in the sentence', () => {
    const s = 'Thanh Hóa xếp thứ 15/63 tỉnh, thành về chuyển đổi số.';
    for (const w of tagWords(s)) expect(s.slice(w.start, w.end)).toBe(w.text);
    expect(tagWords(s).slice(0, 2)).toMatchObject([{ text: 'Thanh Hóa', tag: 'Np' }, { text: 'xếp', tag: 'V' }]);
  });
  it('handles an empty sentence', () => expect(tagWords('')).toEqual([]));
});

describe('08 segment words: units read over vntk\'s words', () => {
  const unitsOf = (text: string, segment: boolean) => extract(text, { segment }).map((r) => r.unit);
  // Where the segmenter knows a compound the dictionary rules stop inside ("bài thi": a test,
  // not "bài" followed by the verb "thi").
  const better: [string, string][] = [
    ['Thí sinh phải làm 2 bài thi tổ hợp.', 'bài thi tổ hợp'],
    ['Người dân ghi nhận 1.328 lần nhìn thấy heo rừng trong năm.', 'lần nhìn thấy heo rừng'],
  ];
  for (const [text, unit] of better) it(text, () => expect(unitsOf(text, true)).toEqual([unit]));
  // Must not change: the noun phrase still ends at a verb, a preposition, a list's end.
  const same: [string, string][] = [
    ['Có 850 doanh nghiệp được hỗ trợ.', 'doanh nghiệp'],
    ['Có 48 trang thông tin điện tử của các cơ quan.', 'trang thông tin điện tử'],
    ['Tỉnh có 200 trường hợp vi phạm bị xử lý.', 'trường hợp vi phạm'],
    ['Đã tích hợp lên Cổng dịch vụ công Quốc gia hơn 1.200 dịch vụ.', 'dịch vụ'],
  ];
  for (const [text, unit] of same) {
    it(`not: ${text}`, () => {
      expect(unitsOf(text, true)).toEqual([unit]);
      expect(unitsOf(text, false)).toEqual([unit]);
    });
  }
  it('keeps "hơn" after a word the dictionary lacks as a bound, not a comparison', () => {
    expect(extract('Đã tích hợp lên Cổng dịch vụ công Quốc gia hơn 1.200 dịch vụ.', { segment: true })[0]?.qualifier).toBe('over');
  });
});

describe('extraction with segmentation', () => {
  it('finds the same claims on the sample article, reading units over the segmented words', () => {
    const text = readFileSync(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url), 'utf8');
    const withWords = extract(text, { segment: true });
    const rules = extract(text);
    expect(withWords.map((r) => [r.start, r.value, r.kind])).toEqual(rules.map((r) => [r.start, r.value, r.kind]));
    expect(withWords.find((r) => r.value === 94)?.unit).toBe('xã, phường, thị trấn');
  });

  it('without vntk\'s models, warns once and reads units with the rules', async () => {
    // Runs in a child: the models are loaded once per process.
    const empty = mkdtempSync(join(tmpdir(), 'solieu-novntk-'));
    const { spawnSync } = await import('node:child_process');
    const bin = new URL('../bin/solieu.js', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [bin, 'extract', '--segment', '-f', 'jsonl'], {
      input: 'Có 94 xã đăng ký. Có 48 trang thông tin.', encoding: 'utf8', env: { ...process.env, SOLIEU_VNTK_DIR: empty },
    });
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^solieu: word segmentation is not available \(.+\); units are read by the rules alone\n$/);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).unit)).toEqual(['xã đăng ký', 'trang thông tin']);
  });

  it('--segment gives the same records as the library', async () => {
    const text = 'Có 57 xe gắn máy tập trung lưu thông. Có 48 trang thông tin điện tử của các cơ quan.';
    const run = await runCli(['extract', '--segment', '-f', 'jsonl'], { stdin: text });
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual(extract(text, { segment: true, file: '-' }));
    expect(run.stderr).toBe('');
  });
});

describe('without vntk\'s models', () => {
  it('segmentWords and tagWords throw SEGMENTER_UNAVAILABLE', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'solieu-novntk-'));
    const { spawnSync } = await import('node:child_process');
    const script = `import('${new URL('../dist/index.js', import.meta.url).href}').then((m) => { try { m.segmentWords('Có 94 xã.'); } catch (e) { console.log(e.code); } })`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, SOLIEU_VNTK_DIR: empty } });
    expect(run.stdout.trim()).toBe('SEGMENTER_UNAVAILABLE');
  });
});
