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

/**
 * Adds an HTML tree's text to `builder` block by block: paragraphs, headings, list items
 * each a line, and each table cell a line of its own with its table, row and column (all
 * from 1, tables counted in document order). Reading `textContent` of the whole tree would
 * glue cells and paragraphs together ("Quý IIIGDP7,4%").
 */
export function addHtmlBlocks(root: NodeLike, builder: SourceTextBuilder): void {
  let tables = 0;
  let pending = '';
  let place: SourcePlace | undefined;
  const flush = () => {
    builder.add(pending, place);
    pending = '';
  };
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      pending += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'TABLE') {
      flush();
      walkTable(node, ++tables);
      return;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  const walkTable = (table: NodeLike, number: number): void => {
    let row = 0;
    const rows = (node: NodeLike): void => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeName === 'TR') {
          row++;
          let column = 0;
          for (const cell of Array.from(child.childNodes)) {
            if (cell.nodeName !== 'TD' && cell.nodeName !== 'TH') continue;
            column++;
            const outer = place;
            place = { table: number, row, column };
            walk(cell);
            flush();
            place = outer;
          }
        } else if (child.nodeName === 'THEAD' || child.nodeName === 'TBODY' || child.nodeName === 'TFOOT') rows(child);
        else if (child.nodeName === 'CAPTION') {
          walk(child);
          flush();
        }
      }
    };
    rows(table);
  };
  walk(root);
  flush();
}
