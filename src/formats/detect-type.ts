import { extname } from 'node:path';

/** The kinds of document solieu reads. */
export const INPUT_TYPES = ['auto', 'text', 'html', 'pdf', 'docx'] as const;
export type InputType = Exclude<(typeof INPUT_TYPES)[number], 'auto'>;

const BY_EXTENSION: Record<string, InputType> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.pdf': 'pdf', '.docx': 'docx',
};

/** Extensions of the files solieu reads when given a directory or a pattern. */
export const DOCUMENT_EXTENSIONS = new Set(Object.keys(BY_EXTENSION));

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, to);

/**
 * What a document is: a PDF or a ZIP (DOCX) by its first bytes, whatever its name says; else
 * by its extension; else HTML when it starts like a web page; else text.
 */
export function detectType(name: string, bytes: Uint8Array): InputType {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(bytes, 0, 4) === 'PK\x03\x04') return 'docx';
  const byName = BY_EXTENSION[extname(name).toLowerCase()];
  if (byName) return byName;
  const head = ascii(bytes, 0, 1024).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<body[\s>]/.test(head)) return 'html';
  return 'text';
}
