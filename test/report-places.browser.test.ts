import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, normalize, writeRecords, type ClaimRecord } from '../src/index.js';
import type { ReportData } from '../src/report/data.js';
import { renderReport } from '../src/report/index.js';

// A text dense with figures: the page embeds the text once and each sentence as a place in it
// (`src/report/sentences.ts`); the page's script must put every sentence back exactly, so that
// its CSV is still the CLI's. Chromium as in report.browser.test.ts (which fails without it).
const CHROMIUM = '/usr/bin/chromium';

describe.runIf(existsSync(CHROMIUM))('a report whose sentences are places in the text, in Chromium', () => {
  const text = normalize(Array.from({ length: 1500 }, (_, i) => `thôn số ${i} có ${i + 1} hộ, `).join(''));
  // Windows cut out of the one long sentence, as the extractor gives them, 2.000 characters each.
  const records: ClaimRecord[] = extract(text, { file: 'dày.txt' }).map((r) => {
    const [from, to] = [Math.max(0, r.start - 1000), Math.min(text.length, r.end + 1000)];
    return { ...r, sentence: `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}` };
  });
  const html = renderReport([{ name: 'dày.txt', text, records }], { generatedAt: '2024-05-01 08:00' });
  let directory = '';
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'solieu-report-'));
    const file = join(directory, 'report.html');
    writeFileSync(file, html);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const context = await browser.newContext({ acceptDownloads: true, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('embeds places, not sentences', () => {
    const data = JSON.parse(/id="report-data">([^<]*)</.exec(html)![1]!) as ReportData;
    expect(data.claims.every((c) => c.sentenceAt && c.record.sentence === undefined)).toBe(true);
    expect(html.length).toBeLessThan(records.reduce((sum, r) => sum + r.sentence.length, 0) / 3);
  });

  it('downloads the CSV the CLI writes, every sentence rebuilt', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const sorted = (s: string) => s.trimEnd().split('\n').sort();
    expect(sorted(csv)).toEqual(sorted(writeRecords(records, 'csv')));
    expect(errors).toEqual([]);
  }, 30000);

  it('searches the rebuilt sentences', async () => {
    await page.fill('#search', 'thôn số 1499');
    const shown = Number(await page.locator('#shown-count').innerText());
    const fold = (s: string | null) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
    // As the page searches: every word of the query somewhere in unit, subject, text or sentence.
    const found = (r: ClaimRecord) => ['thon', 'so', '1499'].every((word) => fold([r.unit, r.subject, r.text, r.sentence].join(' \u0001 ')).includes(word));
    expect(shown).toBe(records.filter(found).length);
    expect(shown).toBeGreaterThan(1);
  });
});
