import { SolieuError } from '../errors.js';
import { addHtmlBlocks } from './html-blocks.js';
import { SourceTextBuilder, type SourceText } from './source-text.js';

/**
 * A Word document's paragraphs and table cells, in order. mammoth's `extractRawText` would
 * make every cell a bare paragraph; its HTML keeps the tables, so each cell's claims carry
 * their table, row and column. Throws `INPUT_CORRUPT` for a file that is not a DOCX.
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<SourceText> {
  const [{ default: mammoth }, { parseHTML }] = await Promise.all([import('mammoth'), import('linkedom')]);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw new SolieuError('INPUT_CORRUPT', `${name}: not a readable DOCX file (${(error as Error).message})`, name);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const builder = new SourceTextBuilder();
  addHtmlBlocks(document.body as never, builder);
  return builder.build();
}
