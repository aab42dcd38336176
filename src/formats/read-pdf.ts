import { DEFAULT_MAX_BYTES, formatBytes } from '../batch/read-bytes.js';
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

const SPACE = /\s/;

/**
 * A PDF page's lines, in the order pdf.js gives its text (the content's reading order). A line's
 * pieces are gathered in an array and joined once, and only their ends are looked at: a page of
 * 100,000 items on one line costs as much as 100,000 short lines.
 */
function linesOf(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let endsInSpace = true; // nothing yet
  let first: Item | undefined;
  let last: Item | undefined;
  const end = (height: number) => {
    const text = parts.join('').trim();
    if (text && first) lines.push({ text, y: first.y, height });
    parts = [];
    endsInSpace = true;
    first = last = undefined;
  };
  for (const item of items) {
    // Items of one line apart by more than a third of the font size hold a space between them.
    if (last && !endsInSpace && item.str && !SPACE.test(item.str[0]!) && item.x - (last.x + last.width) > last.height / 3) parts.push(' ');
    if (item.str) {
      parts.push(item.str);
      endsInSpace = SPACE.test(item.str[item.str.length - 1]!);
    }
    first ??= item;
    last = item;
    if (item.hasEOL) end(first.height || last.height);
  }
  if (first) end(first.height);
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
 * is joined without a space ("10-" / "15%"). Each paragraph is joined once from its lines
 * (a paragraph of 100,000 lines is not copied 100,000 times).
 */
function paragraphsOf(lines: readonly Line[]): string[] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
  const leading = median(gaps);
  const paragraphs: string[] = [];
  let parts: string[] = [];
  let tail = ''; // the paragraph's last two characters, all the hyphen test needs
  lines.forEach((line, i) => {
    const gap = i ? lines[i - 1]!.y - line.y : 0;
    const breaks = i === 0 || gap <= 0 || gap > leading * 1.4 || gap > line.height * 2.5;
    if (breaks && parts.length) {
      paragraphs.push(parts.join(''));
      parts = [];
      tail = '';
    }
    if (parts.length && !/[\p{L}\p{N}]-$/u.test(tail)) parts.push(' ');
    parts.push(line.text);
    tail = (tail + line.text).slice(-2);
  });
  if (parts.length) paragraphs.push(parts.join(''));
  return paragraphs;
}

const exception = (error: unknown) => (error as { name?: string })?.name ?? '';

type TextChunk = { items: ({ str?: string; transform: number[]; width: number; height: number; hasEOL: boolean } | object)[] };

interface PdfPage {
  streamTextContent(): { getReader(): { read(): Promise<{ done: boolean; value?: TextChunk }>; cancel(reason: unknown): Promise<void> } };
  cleanup(): unknown;
}

/**
 * A page's text items as pdf.js streams them, no more than `budget` characters of them: `null`
 * when the page holds more (reading stops there, so a page whose text never ends — one `Tj`
 * repeated from a few hundred compressed bytes — never reaches memory whole).
 */
async function pageItems(page: PdfPage, budget: number): Promise<{ items: Item[]; chars: number } | null> {
  const items: Item[] = [];
  let chars = 0;
  const reader = page.streamTextContent().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const raw of chunk.value?.items ?? []) {
      if (!('str' in raw) || typeof raw.str !== 'string') continue; // marked content, not text
      chars += raw.str.length;
      if (chars > budget) {
        await reader.cancel(new Error('more text than a document may have')); // pdf.js wants a reason
        return null;
      }
      const [, , , , x = 0, y = 0] = raw.transform;
      items.push({ str: raw.str, x, y, width: raw.width, height: raw.height, hasEOL: raw.hasEOL });
    }
  }
  page.cleanup();
  return { items, chars };
}

/**
 * The text of a PDF through pdf.js (by way of unpdf, which packages it for Node without a
 * canvas), page by page, each paragraph recording its page. At most `maxChars` characters of
 * text (default: the 50 MB a document may have): a PDF yielding more throws `INPUT_TOO_LARGE`
 * as soon as it passes the limit. Throws `INPUT_ENCRYPTED` for a password-protected file,
 * `INPUT_NO_TEXT` for one without a text layer (a scan: solieu does no OCR) and
 * `INPUT_CORRUPT` for one pdf.js cannot read.
 */
export async function readPdf(bytes: Uint8Array, name: string, maxChars: number = DEFAULT_MAX_BYTES): Promise<SourceText> {
  const { getDocumentProxy } = await import('unpdf');
  const pages: Item[][] = [];
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js keeps (and may detach) the buffer it is given: give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    let chars = 0;
    for (let k = 1; k <= pdf.numPages; k++) {
      const page = await pageItems((await pdf.getPage(k)) as unknown as PdfPage, maxChars - chars);
      if (!page) throw new SolieuError('INPUT_TOO_LARGE', `${name}: more than ${formatBytes(maxChars)} of text in the PDF, more than a document may have (--max-bytes)`, name);
      chars += page.chars;
      pages.push(page.items);
    }
  } catch (error) {
    if (error instanceof SolieuError) throw error;
    if (exception(error) === 'PasswordException') throw new SolieuError('INPUT_ENCRYPTED', `${name}: the PDF is password-protected`, name);
    throw new SolieuError('INPUT_CORRUPT', `${name}: not a readable PDF (${(error as Error)?.message ?? String(error)})`, name);
  } finally {
    await pdf?.destroy().catch(() => {});
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
