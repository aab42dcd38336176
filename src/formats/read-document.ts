import { decodeTextWithWarnings, type Encoding } from './decode-text.js';
import { detectType, type InputType } from './detect-type.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { plainSource, type SourceText } from './source-text.js';

export interface ReadOptions {
  /** What the document is; default: found by `detectType`. */
  type?: InputType | 'auto';
  /** How its text is encoded (text and HTML); default `auto`. */
  encoding?: Encoding;
  /** The largest document read, in bytes; larger ones fail with `INPUT_TOO_LARGE`. Default 50 MB. */
  maxBytes?: number;
}

/**
 * Any document solieu reads — text, a web page, a PDF, a Word document — as the text the
 * pipeline extracts from, with where each stretch came from. Throws `SolieuError` naming the
 * document when it cannot be read.
 */
export async function readDocument(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<SourceText> {
  const type = !options.type || options.type === 'auto' ? detectType(name, bytes) : options.type;
  switch (type) {
    case 'pdf':
      return readPdf(bytes, name, options.maxBytes);
    case 'docx':
      return readDocx(bytes, name, options.maxBytes);
    default: {
      // What the decoder was not sure of (damaged UTF-8, a guessed code page) goes with the text, for the user to be told.
      const { text, warnings } = await decodeTextWithWarnings(bytes, name, options.encoding);
      const source = type === 'html' ? await readHtml(text, name) : plainSource(text);
      return warnings.length ? { ...source, warnings } : source;
    }
  }
}

/** A text already in hand (a JSON Lines document): plain text, or HTML when it is declared or looks like a page. */
export async function readTextDocument(text: string, name: string, options: ReadOptions = {}): Promise<SourceText> {
  const type = !options.type || options.type === 'auto' ? detectType('', Buffer.from(text.slice(0, 1024))) : options.type;
  return type === 'html' ? readHtml(text, name) : plainSource(text);
}
