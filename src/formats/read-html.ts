import { SolieuError } from '../errors.js';
import { addHtmlBlocks, flattenDeepHtml, PAGE_FURNITURE } from './html-blocks.js';
import { SourceTextBuilder, type SourceText } from './source-text.js';

const MIN_ARTICLE_WORDS = 12;

/**
 * Pages nested deeper than this are read without Readability, whose time grows with the
 * square of the depth (a paragraph in 1,600 `<div>`s: 25 s) and which overflows the stack
 * past a few thousand; the wrappers below this depth are taken out before the page is parsed
 * ({@link flattenDeepHtml}). Article pages nest a few dozen deep; at 200 Readability takes 0.3 s.
 */
export const MAX_READABILITY_DEPTH = 200;

interface ElementLike {
  children: ArrayLike<ElementLike>;
}

interface PageLike {
  title?: string;
  body: unknown;
  documentElement: ElementLike | null;
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
}

/** Whether elements nest more than `limit` deep under `root`: a walk with a stack of its own, which stops once it knows. */
function nestsDeeperThan(root: ElementLike | null, limit: number): boolean {
  const stack: [ElementLike, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = element.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return false;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordCount = (text: string | null | undefined) => text?.match(/\p{L}+/gu)?.length ?? 0;
const noArticle = (name: string) => new SolieuError('INPUT_NO_ARTICLE', `${name}: no article text found in this page`, name);

/**
 * A page read without Readability (nested too deep for it, or too broken): its own text, block
 * by block, without scripts, menus, footers and side boxes.
 */
function readPageText(page: PageLike, name: string): SourceText {
  if (!page.documentElement || !page.body) throw noArticle(name); // "<!DOCTYPE" and nothing else
  const title = titleOf(page) ?? page.title?.trim();
  const published = page.querySelector('meta[property="article:published_time"]')?.getAttribute('content')?.trim();
  const meta = { ...(title && { title }), ...(published && { published }) };
  const read = (headline?: string) => {
    const builder = new SourceTextBuilder();
    if (headline) builder.add(headline);
    addHtmlBlocks(page.body as never, builder, PAGE_FURNITURE);
    return builder.build(meta);
  };
  // The title leads the text, as with Readability, unless the page's text has it already.
  let source = read();
  if (title && !flat(source.text).includes(flat(title))) source = read(title);
  if (wordCount(source.text) < MIN_ARTICLE_WORDS) throw noArticle(name);
  return source;
}

/**
 * The article's own title: the page's `og:title`, else its `<h1>` when the page title holds
 * it ("Thanh Hóa chuyển đổi số | Báo X" → the headline, not the site's name). Undefined
 * leaves it to Readability.
 */
function titleOf(page: PageLike): string | undefined {
  const og = page.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const h1 = page.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 && page.title?.includes(h1) ? h1 : undefined;
}

/**
 * The article of a web page: @mozilla/readability (Firefox's reader view) finds the main
 * content and leaves navigation, comment threads, related-news boxes, scripts and ads out;
 * linkedom parses the HTML (a fraction of jsdom's time, the same result for readability).
 * The title and publication date come from the page's meta data and JSON-LD when it has them.
 * A page nested deeper than {@link MAX_READABILITY_DEPTH} (flattened to that depth first), or
 * one Readability fails on (a stack overflow is a failure, not a page without an article), is
 * read block by block instead.
 * Throws `INPUT_NO_ARTICLE` for a page with no article in it.
 */
export async function readHtml(html: string, name: string): Promise<SourceText> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const flattened = flattenDeepHtml(html, MAX_READABILITY_DEPTH);
  if (flattened !== null) return readPageText(parseHTML(flattened).document as unknown as PageLike, name);
  const { document } = parseHTML(html);
  const page = document as unknown as PageLike;
  // The parser may nest what the count of tags did not (a stray tag it reads otherwise).
  if (nestsDeeperThan(page.documentElement, MAX_READABILITY_DEPTH)) return readPageText(page, name);
  const title = titleOf(page); // before Readability, which takes the page apart
  let article: ReturnType<InstanceType<typeof Readability>['parse']>;
  try {
    article = new Readability(document as never).parse();
  } catch {
    // Readability took the page apart on its way: the text is read from a fresh parse.
    return readPageText(parseHTML(html).document as unknown as PageLike, name);
  }
  // Readability returns whatever text a page has, even a menu: an article has sentences.
  if (!article?.content || wordCount(article.textContent) < MIN_ARTICLE_WORDS) throw noArticle(name);
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const headline = title || article.title?.trim();
  const builder = new SourceTextBuilder();
  // Readability drops a heading that repeats the title; the headline is part of the article
  // ("Vinamilk lọt Top 1.000 thương hiệu …"), so it leads the text unless the text has it.
  if (headline && !flat(article.textContent ?? '').includes(flat(headline))) builder.add(headline);
  addHtmlBlocks(content.body as never, builder);
  const meta = {
    ...(headline && { title: headline }),
    ...(article.publishedTime?.trim() && { published: article.publishedTime.trim() }),
  };
  return builder.build(meta);
}
