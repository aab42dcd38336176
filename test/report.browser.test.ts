import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, normalize } from '../src/index.js';
import { renderReport, type ReportDocument } from '../src/report/index.js';

// Debian's Chromium, driven by playwright-core (which downloads no browser of its own).
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// A missing browser fails the test (CI installs it in .ci/run); skipping takes an explicit
// SOLIEU_SKIP_BROWSER=1, so a run without it never passes by testing nothing.
const skipBrowser = process.env.SOLIEU_SKIP_BROWSER === '1';
if (!hasChromium && skipBrowser) console.warn(`report.browser.test.ts skipped (SOLIEU_SKIP_BROWSER=1): no browser at ${CHROMIUM}`);

it(`Chromium is installed at ${CHROMIUM} (apt-get install chromium; or SOLIEU_SKIP_BROWSER=1 to skip knowingly)`, () => {
  expect(hasChromium || skipBrowser).toBe(true);
});

const ARTIFACTS = new URL('./artifacts/', import.meta.url);

function sample(name: string): ReportDocument {
  const text = normalize(readFileSync(new URL(`../samples/${name}`, import.meta.url), 'utf8'));
  return { name, text, records: extract(text, { file: name }) };
}

// The same folding as the page's search, to check its results from Node.
const fold = (s: string | null) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
// "11.070.000" → 11070000, "96,6" → 96.6, "10–15" → 10, "15/63" → 15.
const parseShownValue = (cell: string) => Number(cell.split(/[–/]/)[0]!.replace(/\./g, '').replace(',', '.').replace('−', '-'));

// Callbacks given to page.evaluate run in the page. The project compiles without the DOM
// library (it is Node-only), so they see the page's globals through these declarations.
interface PageElement {
  innerText: string;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
declare const document: {
  documentElement: PageElement;
  body: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
};
declare function getComputedStyle(element: unknown): { backgroundColor: string };

interface ShownRow {
  claim: number;
  cells: Record<string, string>;
}

describe.runIf(hasChromium)('the HTML report in Chromium', () => {
  const documents = hasChromium ? [sample('thanh-hoa-chuyen-doi-so.txt'), sample('dantri-business_003.txt')] : [];
  const records = documents.flatMap((d) => d.records);
  const errors: string[] = [];
  let directory = '';
  let browser: Browser;
  let page: Page;

  const shownRows = (): Promise<ShownRow[]> => page.evaluate(() => {
    const keys = Array.from(document.querySelectorAll('#claims-table th'), (th) => th.getAttribute('data-key')!);
    return Array.from(document.querySelectorAll('#claims-table tbody tr:not([hidden])'), (tr) => ({
      claim: Number(tr.getAttribute('data-claim')),
      cells: Object.fromEntries(Array.from(tr.querySelectorAll('td'), (td, i) => [keys[i]!, td.innerText.trim()])),
    }));
  });
  const shownCount = async () => Number(await page.locator('#shown-count').innerText());
  const onlyKind = async (kind: string) => {
    await page.click('#kind-filter .kinds-none');
    await page.check(`#kind-filter input[value="${kind}"]`);
  };
  const resetFilters = async () => {
    await page.keyboard.press('Escape');
    await page.click('#kind-filter .kinds-all');
    await page.fill('#search', '');
  };

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'solieu-report-'));
    const file = join(directory, 'report.html');
    writeFileSync(file, renderReport(documents, { title: 'Báo cáo số liệu: hai bài báo', generatedAt: '2024-05-01 08:00' }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    // Reduced motion: scrolling jumps instead of gliding, so the checks need not wait for it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(pathToFileURL(file).href);
  }, 15000);

  afterAll(async () => {
    await browser?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('shows the Vietnamese text with every claim highlighted in its kind\'s colour', async () => {
    expect(await page.locator('#doc-0 .doc-text').innerText()).toContain('Thanh Hóa');
    expect(await page.locator('mark.claim').count()).toBe(records.length);
    const first = page.locator('mark.claim').first();
    expect(await first.isVisible()).toBe(true);
    const colour = await first.evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(colour).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(await page.locator('#claims-table tbody tr').count()).toBe(records.length);
  });

  it('sorts by value, ascending then descending', async () => {
    await page.click('#claims-table th[data-key="value"] button');
    const ascending = (await shownRows()).map((r) => parseShownValue(r.cells.value!));
    expect(ascending).toHaveLength(records.length);
    expect(ascending.every((v) => Number.isFinite(v))).toBe(true);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.getAttribute('#claims-table th[data-key="value"]', 'aria-sort')).toBe('ascending');
    await page.click('#claims-table th[data-key="value"] button');
    const descending = (await shownRows()).map((r) => parseShownValue(r.cells.value!));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(await page.locator('#claims-table th[data-key="value"] .sort-mark').innerText()).toBe('▼');
  });

  it('filters by kind and counts the rows shown', async () => {
    await onlyKind('percent');
    const rows = await shownRows();
    expect(rows.length).toBe(records.filter((r) => r.kind === 'percent').length);
    expect(rows.every((r) => r.cells.kind === 'percent')).toBe(true);
    expect(await shownCount()).toBe(rows.length);
    await resetFilters();
    expect(await shownCount()).toBe(records.length);
  });

  it('filters by status: results apart from targets, forecasts and rules', async () => {
    for (const status of ['actual', 'target', 'forecast', 'rule']) {
      await page.selectOption('#status-filter', status);
      const rows = await shownRows();
      expect(rows.length).toBe(records.filter((r) => r.status === status).length);
      expect(rows.every((r) => r.cells.status === status)).toBe(true);
    }
    expect(records.some((r) => r.status !== 'actual')).toBe(true);
    await page.selectOption('#status-filter', '');
    expect(await shownCount()).toBe(records.length);
  });

  it('searches unit, subject, text and sentence, with or without diacritics', async () => {
    await page.fill('#search', 'lai suat');
    const rows = await shownRows();
    const matching = records.filter((r) => [r.unit, r.subject, r.text, r.sentence].some((f) => fold(f).includes('lai suat')));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(records.length);
    expect(rows.map((r) => r.claim).sort((a, b) => a - b)).toEqual(matching.map((m) => records.indexOf(m)));
    expect(await shownCount()).toBe(rows.length);
    await page.fill('#search', 'lãi suất');
    expect(await shownCount()).toBe(rows.length);
    await resetFilters();
  });

  it('shows a claim\'s details, unit included, when it is clicked', async () => {
    const index = records.findIndex((r) => r.unit && r.unit !== '%');
    await page.click(`#claim-${index}`);
    const popup = page.locator('#claim-popup');
    expect(await popup.isVisible()).toBe(true);
    expect(await popup.getAttribute('data-claim')).toBe(String(index));
    expect(await popup.innerText()).toContain(records[index]!.unit!);
    expect(await popup.innerText()).toContain(records[index]!.status);
    await page.keyboard.press('Escape');
    expect(await popup.isVisible()).toBe(false);
  });

  it('shows the details on hover alone, and leads from them back to the table row', async () => {
    await page.mouse.move(1, 1);
    await page.hover('#claim-0');
    expect(await page.locator('#claim-popup').isVisible()).toBe(true);
    await page.mouse.move(1, 1);
    expect(await page.locator('#claim-popup').isVisible()).toBe(false);
    await page.click('#claim-0');
    await page.click('#claim-popup .to-row');
    expect(await page.getAttribute('#claims-table tbody tr[data-claim="0"]', 'class')).toContain('flash');
  });

  it('jumps from a table row to its claim in the text and flashes it', async () => {
    const index = records.length - 1;
    await page.click(`#claims-table tbody tr[data-claim="${index}"]`);
    const mark = page.locator(`#claim-${index}`);
    expect(await mark.getAttribute('class')).toContain('flash');
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await page.locator('#claim-popup').getAttribute('data-claim')).toBe(String(index));
    await page.keyboard.press('Escape');
  });

  it('downloads the shown rows as CSV with a byte-order mark and the CLI\'s header', async () => {
    await onlyKind('money');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe('file,id,line,start,end,text,kind,value,value_max,denominator,unit,unit_norm,currency,subject,qualifier,change,sentence,status,time,source,lang');
    expect(lines.length - 1).toBe(await shownCount());
    expect(lines.slice(1).every((line) => line.includes(',money,'))).toBe(true);
    await resetFilters();
  });

  it('leaves a desktop screenshot, the table sorted by value', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.click('#claims-table th[data-key="value"] button');
    expect(await page.getAttribute('#claims-table th[data-key="value"]', 'aria-sort')).toBe('ascending');
    await page.screenshot({ path: new URL('report.png', ARTIFACTS).pathname, fullPage: true });
  });

  it('fits a phone: no sideways scrolling of the page, the table scrolls in its box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      view: document.documentElement.clientWidth,
      tableBox: document.querySelector('.table-box')!.clientWidth,
      table: document.querySelector('#claims-table')!.scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    expect(widths.table).toBeGreaterThan(widths.tableBox);
    await page.click('#claim-2');
    const popup = (await page.locator('#claim-popup').boundingBox())!;
    expect(popup.x).toBeGreaterThanOrEqual(0);
    expect(popup.x + popup.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: new URL('report-phone-text.png', ARTIFACTS).pathname });
    await page.keyboard.press('Escape');
    await page.locator('#claims').evaluate((section) => section.scrollIntoView());
    await page.screenshot({ path: new URL('report-phone.png', ARTIFACTS).pathname });
  });

  it('logs no script errors', () => {
    expect(errors).toEqual([]);
  });
});
