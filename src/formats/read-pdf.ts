import { SolieuError } from '../errors.js';
import { SourceTextBuilder, type SourceText } from './source-text.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** A PDF page's lines, in the order pdf.js gives its text (the content's reading order). */
function linesOf(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let first: Item | undefined;
  let last: Item | undefined;
  for (const item of items) {
    // Items of one line apart by more than a third of the font size hold a space between them.
    if (last && text && item.str && !/\s$/.test(text) && !/^\s/.test(item.str) && item.x - (last.x + last.width) > last.height / 3) text += ' ';
    text += item.str;
    first ??= item;
    last = item;
    if (item.hasEOL) {
      if (text.trim()) lines.push({ text: text.trim(), y: first.y, height: first.height || last.height });
      text = '';
      first = last = undefined;
    }
  }
  if (text.trim() && first) lines.push({ text: text.trim(), y: first.y, height: first.height });
  return lines;
}

/** A page number printed in the margin: "2", "- 2 -", "2/10" (with a page word, the pipeline's line filter knows it). */
const PAGE_NUMBER = /^[-–—\s]*\d{1,4}(\s*\/\s*\d{1,4})?[-–—\s]*$/;

/** A page's lines without a page number standing first or last on it. */
function withoutPageNumbers(lines: Line[]): Line[] {
  const out = [...lines];
  if (out.length > 1 && PAGE_NUMBER.test(out[out.length - 1]!.text)) out.pop();
  if (out.length > 1 && PAGE_NUMBER.test(out[0]!.text)) out.shift();
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * A page's paragraphs: lines are joined back into the sentences they were cut from
 * ("… hơn 11,07" / "triệu văn bản" is one claim), and a paragraph ends where the gap to the
 * next line is clearly wider than the page's usual line spacing. A line ending in a hyphen
 * is joined without a space ("10-" / "15%").
 */
function paragraphsOf(lines: readonly Line[]): string[] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
  const leading = median(gaps);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const gap = i ? lines[i - 1]!.y - line.y : 0;
    const breaks = i === 0 || gap <= 0 || gap > leading * 1.4 || gap > line.height * 2.5;
    if (breaks && current) {
      paragraphs.push(current);
      current = '';
    }
    current = !current ? line.text : /[\p{L}\p{N}]-$/u.test(current) ? current + line.text : `${current} ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

const exception = (error: unknown) => (error as { name?: string })?.name ?? '';

/**
 * The text of a PDF through pdf.js (by way of unpdf, which packages it for Node without a
 * canvas), page by page, each paragraph recording its page. Throws `INPUT_ENCRYPTED` for a
 * password-protected file, `INPUT_NO_TEXT` for one without a text layer (a scan: solieu does
 * no OCR) and `INPUT_CORRUPT` for one pdf.js cannot read.
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<SourceText> {
  const { getDocumentProxy, extractTextItems } = await import('unpdf');
  let pages: Item[][];
  try {
    // pdf.js keeps (and may detach) the buffer it is given: give it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractTextItems(pdf)).items as Item[][];
    await pdf.destroy();
  } catch (error) {
    if (exception(error) === 'PasswordException') throw new SolieuError('INPUT_ENCRYPTED', `${name}: the PDF is password-protected`, name);
    throw new SolieuError('INPUT_CORRUPT', `${name}: not a readable PDF (${(error as Error)?.message ?? String(error)})`, name);
  }
  const builder = new SourceTextBuilder();
  pages.forEach((items, k) => {
    for (const paragraph of paragraphsOf(withoutPageNumbers(linesOf(items)))) builder.add(paragraph, { page: k + 1 });
  });
  const source = builder.build();
  if (!source.text.trim()) {
    throw new SolieuError('INPUT_NO_TEXT', `${name}: the PDF has no text layer (a scan?); solieu does not read images of text`, name);
  }
  return source;
}
