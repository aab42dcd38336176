import type { SourcePlace, SourceTextBuilder } from './source-text.js';

/** Elements that end a line of text: their content is a block of its own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'UL',
]);
/** Elements whose text is never part of the document. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** A node to read, or a step to take once the nodes pushed after it are read. */
type Task = NodeLike | (() => void);

/**
 * Adds an HTML tree's text to `builder` block by block: paragraphs, headings, list items
 * each a line, and each table cell a line of its own with its table, row and column (all
 * from 1, tables counted in document order). Reading `textContent` of the whole tree would
 * glue cells and paragraphs together ("Quý IIIGDP7,4%"). The tree is walked with a stack of
 * its own, not by recursion: a page of 100,000 nested `<div>`s is read, not a stack overflow.
 * Elements named in `skip` (upper case) are left out with their content, as scripts are.
 */
export function addHtmlBlocks(root: NodeLike, builder: SourceTextBuilder, skip: ReadonlySet<string> = SKIPPED): void {
  let tables = 0;
  let pending = '';
  let place: SourcePlace | undefined;
  const flush = () => {
    builder.add(pending, place);
    pending = '';
  };
  const stack: Task[] = [root];
  const schedule = (tasks: Task[]) => {
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i]!);
  };
  const cellsOf = (tr: NodeLike, table: { number: number; rows: number }): Task[] => {
    const row = ++table.rows;
    let column = 0;
    const tasks: Task[] = [];
    for (const cell of Array.from(tr.childNodes)) {
      if (cell.nodeName !== 'TD' && cell.nodeName !== 'TH') continue;
      const here = { table: table.number, row, column: ++column };
      let outer: SourcePlace | undefined;
      tasks.push(() => ((outer = place), (place = here)), cell, () => (flush(), (place = outer)));
    }
    return tasks;
  };
  const rowsOf = (node: NodeLike, table: { number: number; rows: number }): Task[] => {
    const tasks: Task[] = [];
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeName === 'TR') tasks.push(() => schedule(cellsOf(child, table)));
      else if (child.nodeName === 'THEAD' || child.nodeName === 'TBODY' || child.nodeName === 'TFOOT') tasks.push(() => schedule(rowsOf(child, table)));
      else if (child.nodeName === 'CAPTION') tasks.push(child, flush);
    }
    return tasks;
  };
  while (stack.length) {
    const task = stack.pop()!;
    if (typeof task === 'function') {
      task();
      continue;
    }
    if (task.nodeType === 3) {
      pending += task.textContent ?? '';
      continue;
    }
    if (task.nodeType !== 1 || skip.has(task.nodeName)) continue;
    if (task.nodeName === 'TABLE') {
      flush();
      schedule(rowsOf(task, { number: ++tables, rows: 0 }));
      continue;
    }
    const block = BLOCKS.has(task.nodeName);
    if (block) {
      flush();
      stack.push(flush);
    }
    const children = task.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
}

/** What a page's own text leaves out when it is read without Readability: its furniture as well as its scripts. */
export const PAGE_FURNITURE: ReadonlySet<string> = new Set([...SKIPPED, 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);

/** Elements that never hold others. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup: read on to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Start tags that close an open `<p>`, as an HTML parser does. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** Start tags that close the open elements listed for them when one is innermost (`<li>` after an unclosed `<li>`). */
const CLOSES: Record<string, readonly string[]> = { li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], td: ['td', 'th'], th: ['td', 'th'], tr: ['td', 'th', 'tr'], option: ['option'] };
/** An end tag closes its element only when it is among this many innermost open ones (a stray `</div>` is ignored). */
const END_TAG_REACH = 64;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?/g;

/**
 * A page whose elements nest deeper than `maxDepth` with the wrappers below that depth taken
 * out (a block's tags become `<br>`, so its text still ends a line; a script's text goes with
 * it), or null when the page nests no deeper. One linear pass over the tags, before any parser
 * builds a tree: parsing itself slows down with depth (linkedom: 100,000 nested `<div>`s in 4 s,
 * 200,000 in 34 s) and Readability far sooner. Depth is counted as an HTML parser would:
 * `<br>`, `<img>` … hold nothing, an unclosed `<li>` or `<p>` is closed by the next one.
 */
export function flattenDeepHtml(html: string, maxDepth: number): string | null {
  const open: string[] = [];
  let excess = 0; // elements open below maxDepth, not in `open`
  let deep = false;
  const out: string[] = [];
  let copied = 0;
  const drop = (from: number, to: number, replacement: string) => {
    const between = html.slice(copied, from);
    copied = to;
    // A run of wrappers with nothing between them leaves one line break, not a million.
    if (between.trim() || (between && out[out.length - 1] !== '<br>')) out.push(between);
    if (replacement && out[out.length - 1] !== replacement) out.push(replacement);
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment, a doctype
    const block = BLOCKS.has(name.toUpperCase()) || name === 'td' || name === 'th' || name === 'tr';
    if (m[1]) {
      if (excess > 0) {
        excess--;
        drop(m.index, TAG.lastIndex, block ? '<br>' : '');
        continue;
      }
      const k = open.lastIndexOf(name);
      if (k >= 0 && open.length - k <= END_TAG_REACH) open.length = k;
      continue;
    }
    const rawEnd = RAW_TEXT.has(name) ? new RegExp(`</${name}\\s*>`, 'ig') : null;
    if (rawEnd) rawEnd.lastIndex = TAG.lastIndex;
    const end = rawEnd ? (rawEnd.exec(html) ? rawEnd.lastIndex : html.length) : TAG.lastIndex;
    if (rawEnd) TAG.lastIndex = end;
    if (rawEnd || VOID.has(name) || m[3]!.endsWith('/')) {
      if (excess > 0 || open.length >= maxDepth) drop(m.index, end, block ? '<br>' : '');
      continue;
    }
    for (let top = open[open.length - 1]; excess === 0 && top !== undefined && ((top === 'p' && CLOSES_P.has(name)) || CLOSES[name]?.includes(top)); top = open[open.length - 1]) {
      open.pop();
    }
    if (excess > 0 || open.length >= maxDepth) {
      deep = true;
      excess++;
      drop(m.index, TAG.lastIndex, block ? '<br>' : '');
    } else open.push(name);
  }
  if (!deep) return null;
  out.push(html.slice(copied));
  return out.join('');
}
