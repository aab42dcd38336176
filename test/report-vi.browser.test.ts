import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, normalize } from '../src/index.js';
import type { ReportData } from '../src/report/data.js';
import { renderReport, type ReportDocument } from '../src/report/index.js';
import { stringsOf } from '../src/report/strings/index.js';

// The Vietnamese report of every bundled article (samples/ and samples/mixed/: 37 texts, over
// a thousand claims) in Debian's Chromium, as report.browser.test.ts runs it — and, like it,
// failing rather than skipping when the browser is missing.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipBrowser = process.env.SOLIEU_SKIP_BROWSER === '1';

it(`Chromium is installed at ${CHROMIUM} (apt-get install chromium; or SOLIEU_SKIP_BROWSER=1 to skip knowingly)`, () => {
  expect(hasChromium || skipBrowser).toBe(true);
});

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const VI = stringsOf('vi');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The page may be this many screens high, whatever the number of claims. */
const MAX_SCREENS = 5;

// Named by their absolute paths, as a shell hands them over; the news sites' articles carry their
// headline as a title (as an HTML page's meta data gives it), the others have none.
function samples(): ReportDocument[] {
  return ['', 'mixed/'].flatMap((folder) => readdirSync(join(SAMPLES, folder)).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = join(SAMPLES, folder, f);
    const text = normalize(readFileSync(name, 'utf8'));
    const titled = f.startsWith('baomoi-') || folder === 'mixed/';
    return { name, text, records: extract(text, { file: name }), ...(titled && { title: text.split('\n')[0]! }) };
  }));
}

// "1.111" → 1111: counts are written the Vietnamese way.
const count = (shown: string) => Number(shown.replace(/\./g, ''));

// Callbacks given to page.evaluate run in the page; the project compiles without the DOM library.
interface PageElement {
  innerText: string;
  scrollWidth: number;
  scrollHeight: number;
  clientWidth: number;
  clientHeight: number;
  hidden: boolean;
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: PageElement;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
};
declare function requestAnimationFrame(callback: (time: number) => void): number;

describe.runIf(hasChromium)('the Vietnamese report of 1,000+ claims in Chromium', () => {
  const documents = hasChromium ? samples() : [];
  const records = documents.flatMap((d) => d.records);
  const html = hasChromium ? renderReport(documents, { ui: 'vi', title: 'Báo cáo số liệu: các bài mẫu', generatedAt: '2024-05-01 08:00' }) : '';
  const data = hasChromium ? (JSON.parse(/id="report-data">([^<]*)</.exec(html)![1]!) as ReportData) : null;
  const errors: string[] = [];
  const heights: Record<string, number> = {};
  let directory = '';
  let browser: Browser;
  let page: Page;

  const shownCount = async () => count(await page.locator('#shown-count').innerText());
  const columnCells = (key: string) => page.evaluate((k) => {
    const keys = Array.from(document.querySelectorAll('#claims-table th'), (th) => th.getAttribute('data-key'));
    return Array.from(document.querySelectorAll(`#claims-table tbody td:nth-child(${keys.indexOf(k) + 1})`), (td) => td.innerText.trim());
  }, key);
  const rowClaims = () => page.evaluate(() => Array.from(document.querySelectorAll('#claims-table tbody tr'), (tr) => Number(tr.getAttribute('data-claim'))));
  const onlyKind = async (kind: string) => {
    await page.click('#kind-filter .kinds-none');
    await page.check(`#kind-filter input[value="${kind}"]`);
  };
  const resetFilters = async () => {
    await page.keyboard.press('Escape');
    await page.click('#kind-filter .kinds-all');
    await page.selectOption('#unit-filter', '');
    await page.selectOption('#status-filter', '');
    await page.fill('#search', '');
  };
  const unitOption = async (unit: string) => {
    const options = await page.locator('#unit-filter option').evaluateAll((all) => all.map((o) => [o.getAttribute('value'), (o as unknown as PageElement).innerText]));
    return options.find(([, text]) => text!.startsWith(`${unit} (`))![0]!;
  };
  // The page's height, and a full-page screenshot, with every filter off and the first page of rows.
  const measure = async (name: string, viewport: { width: number; height: number }) => {
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    heights[name] = size.height;
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = fileURLToPath(new URL(`report-vi-${name}.png`, ARTIFACTS));
    await page.screenshot({ path, fullPage: true });
    console.log(`report-vi ${name} ${viewport.width}×${viewport.height}: page ${size.height} px high (${(size.height / viewport.height).toFixed(1)} screens); screenshot ${path}`);
    return size;
  };

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'solieu-report-vi-'));
    const file = join(directory, 'report.html');
    writeFileSync(file, html);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(pathToFileURL(file).href);
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('renders over a thousand claims of over thirty texts, a page of 100 rows at a time', async () => {
    expect(documents.length).toBeGreaterThan(30);
    expect(records.length).toBeGreaterThan(1000);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('#total-count').innerText()).toBe(new Intl.NumberFormat('vi-VN').format(records.length));
    expect(await shownCount()).toBe(records.length);
    expect(await page.locator('#claims-table tbody tr').count()).toBe(100);
    expect(await page.locator('#page-info').innerText()).toBe(`Trang 1/${Math.ceil(records.length / 100)} · số liệu 1–100`);
  });

  it('speaks Vietnamese: headings, filters, columns, pager, legend, cells; no English label left', async () => {
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Tổng quan', 'Số liệu', 'Văn bản']);
    expect(await page.locator('#download-csv').innerText()).toBe('Tải CSV');
    expect(await page.locator('#claims-table th').allInnerTexts()).toEqual(
      ['văn bản', 'dòng', 'loại', 'giá trị', 'phạm vi', 'thay đổi', 'trạng thái', 'đơn vị', 'đối tượng', 'nguyên văn'].map((l) => `${l} ↕`));
    expect(await page.locator('.page-head .muted').innerText()).toBe(`${documents.length} văn bản · ${new Intl.NumberFormat('vi-VN').format(records.length)} số liệu · tạo lúc 2024-05-01 08:00`);
    expect(await page.locator('#kind-filter').innerText()).toContain('phần trăm (');
    expect(await page.locator('#page-next').innerText()).toBe('Sau ›');
    const chrome = (await page.locator('.page-head, #overview, .controls, .row-count, #claims-table thead, #pager, .legend, .doc-picker').allInnerTexts()).join('\n');
    const english = ['Overview', 'Claims', 'Texts', 'Showing', 'Download', 'Kinds', 'All', 'None', 'Unit', 'units', 'Status', 'Document', 'Search',
      'Page', 'Next', 'Previous', 'First', 'Last', 'document', 'documents', 'claims', 'generated', 'count', 'percent', 'money', 'measure',
      'ratio', 'rank', 'actual', 'target', 'forecast', 'rule', 'value', 'subject', 'line', 'kind', 'status', 'year', 'month', 'day', 'Text'];
    expect(english.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(chrome))).toEqual([]);
    expect(new Set(await columnCells('kind'))).toEqual(new Set(records.slice(0, 100).map((r) => VI.kinds[r.kind])));
    expect((await columnCells('status')).every((s) => Object.values(VI.statuses).includes(s))).toBe(true);
  });

  it('names each document by its title, else its file name, never its path', async () => {
    const cells = await columnCells('doc');
    expect(cells[0]).toBe(documents[0]!.title);
    const untitled = documents.findIndex((d) => !d.title);
    expect(await page.locator('#doc-picker option').nth(untitled).innerText()).toMatch(/^dantri-[a-z_0-9]+\.txt \(\d+\)$/);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(SAMPLES);
    expect(await page.locator('#claims-table tbody td.name').first().getAttribute('title')).toBe(documents[0]!.name);
  });

  it('filters by kind over every page: the rows, the count and the pages narrow', async () => {
    await onlyKind('percent');
    const percent = records.filter((r) => r.kind === 'percent').length;
    expect(await shownCount()).toBe(percent);
    expect((await columnCells('kind')).every((k) => k === 'phần trăm')).toBe(true);
    expect(await page.locator('#page-info').innerText()).toContain(`Trang 1/${Math.ceil(percent / 100)}`);
    await page.click('#page-last');
    expect((await rowClaims()).at(-1)).toBe(records.findLastIndex((r) => r.kind === 'percent'));
    await resetFilters();
    expect(await shownCount()).toBe(records.length);
  });

  it('filters by normalised unit: a dozen groups and the other units, alone and with a kind', async () => {
    const options = await page.locator('#unit-filter option').count();
    expect(options).toBeLessThanOrEqual(1 + 12 + 1);
    expect(new Set(records.map((r) => r.unit)).size).toBeGreaterThan(100);
    await page.selectOption('#unit-filter', await unitOption('VND'));
    const vnd = records.filter((r) => r.unit_norm === 'VND');
    expect(await shownCount()).toBe(vnd.length);
    // The group is the normalised unit; the rows show the unit as written.
    expect(new Set(await columnCells('unit'))).toEqual(new Set(vnd.slice(0, 100).map((r) => r.unit)));
    expect(vnd.some((r) => r.unit === 'đồng')).toBe(true);
    await onlyKind('money');
    expect(await shownCount()).toBe(vnd.filter((r) => r.kind === 'money').length);
    // Amounts with their scale word, as the articles write them: "2,5 tỷ", "300 triệu".
    expect((await columnCells('value')).filter((v) => /^[\d.,–-]+ (tỷ|triệu)$/.test(v)).length).toBeGreaterThan(10);
    await resetFilters();
    await page.selectOption('#unit-filter', 'other');
    expect(await shownCount()).toBe(data!.otherUnits);
    expect(data!.otherUnits).toBeGreaterThan(0);
    await resetFilters();
  });

  it('pages to the last claims, and sorting starts again from the first page', async () => {
    await page.click('#page-last');
    const last = Math.ceil(records.length / 100);
    expect(await page.locator('#page-info').innerText()).toContain(`Trang ${last}/${last}`);
    expect(await rowClaims()).toEqual(Array.from({ length: records.length - (last - 1) * 100 }, (_, i) => (last - 1) * 100 + i));
    expect(await page.locator('#page-next').isDisabled()).toBe(true);
    await page.click('#claims-table th[data-key="value"] button');
    expect(await page.locator('#page-info').innerText()).toContain(`Trang 1/${last}`);
    await page.click('#page-last');
    const values = await rowClaims();
    expect(records[values.at(-1)!]!.value).toBe(Math.max(...records.map((r) => r.value)));
  });

  it('opens a claim of the last page in its own text, the other texts hidden', async () => {
    const index = (await rowClaims())[0]!;
    await page.click(`#claims-table tbody tr[data-claim="${index}"]`);
    const doc = data!.claims[index]!.doc;
    expect(await page.locator(`#doc-${doc}`).isVisible()).toBe(true);
    expect(await page.locator('#documents article.doc:visible').count()).toBe(1);
    expect(await page.locator('#doc-picker').inputValue()).toBe(String(doc));
    const popup = await page.locator('#claim-popup').innerText();
    expect(popup).toContain('trạng thái');
    expect(popup).toContain('Xem trong bảng');
    expect(popup).not.toMatch(/\b(status|unit|sentence|Show in table)\b/);
    await page.click('#claim-popup .to-row');
    expect(await page.getAttribute(`#claims-table tbody tr[data-claim="${index}"]`, 'class')).toContain('flash');
  });

  it(`stays under ${MAX_SCREENS} screens high at desktop width (1280×800)`, async () => {
    await resetFilters();
    expect(await page.locator('#page-info').innerText()).toContain('Trang 1/');
    const size = await measure('desktop', DESKTOP);
    expect(size.height).toBeLessThan(MAX_SCREENS * DESKTOP.height);
  });

  it(`stays under ${MAX_SCREENS} screens high at phone width (390×844), with no sideways scrolling`, async () => {
    const size = await measure('phone', PHONE);
    expect(size.height).toBeLessThan(MAX_SCREENS * PHONE.height);
    expect(size.width).toBeLessThanOrEqual(size.view);
  });

  it('logs no script errors', () => {
    console.log(`report-vi heights: ${JSON.stringify(heights)}`);
    expect(errors).toEqual([]);
  });
});
