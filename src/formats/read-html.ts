import { SolieuError } from '../errors.js';
import { addHtmlBlocks } from './html-blocks.js';
import { SourceTextBuilder, type SourceText } from './source-text.js';

const MIN_ARTICLE_WORDS = 12;

interface PageLike {
  title?: string;
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
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
 * Throws `INPUT_NO_ARTICLE` for a page with no article in it.
 */
export async function readHtml(html: string, name: string): Promise<SourceText> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html);
  const title = titleOf(document as unknown as PageLike); // before Readability, which takes the page apart
  let article: ReturnType<InstanceType<typeof Readability>['parse']>;
  try {
    article = new Readability(document as never).parse();
  } catch {
    // A page too broken to have a document element ("<!DOCTYPE" and nothing else).
    article = null;
  }
  // Readability returns whatever text a page has, even a menu: an article has sentences.
  if (!article?.content || (article.textContent?.match(/\p{L}+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) {
    throw new SolieuError('INPUT_NO_ARTICLE', `${name}: no article text found in this page`, name);
  }
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const headline = title || article.title?.trim();
  const builder = new SourceTextBuilder();
  // Readability drops a heading that repeats the title; the headline is part of the article
  // ("Vinamilk lọt Top 1.000 thương hiệu …"), so it leads the text unless the text has it.
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (headline && !flat(article.textContent ?? '').includes(flat(headline))) builder.add(headline);
  addHtmlBlocks(content.body as never, builder);
  const meta = {
    ...(headline && { title: headline }),
    ...(article.publishedTime?.trim() && { published: article.publishedTime.trim() }),
  };
  return builder.build(meta);
}
