import { normalizeText } from '../pipeline/01-normalize.js';
import type { ClaimRecord } from '../types.js';

/** Where a stretch of a document's text came from: a PDF page, a table cell. */
export interface SourcePlace {
  page?: number;
  table?: number;
  row?: number;
  column?: number;
}

/** What a document says about itself (an HTML page's meta tags, JSON-LD). */
export interface SourceMeta {
  title?: string;
  published?: string;
}

/**
 * A document as solieu reads it: its text (normalized: record offsets refer to it), where
 * stretches of it came from, and what the document says about itself.
 */
export interface SourceText {
  text: string;
  places: { start: number; end: number; place: SourcePlace }[];
  meta: SourceMeta;
  /** What the reader was not sure of (`NAME: warning: …`): the text is read, the user is told. */
  warnings?: string[];
}

/**
 * Builds a document's text block by block: each block a line (the pipeline never joins a
 * sentence across lines), with the place it came from remembered by offsets.
 */
export class SourceTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly places: SourceText['places'] = [];

  /** Adds a block of text (a paragraph, a cell) as its own line; blank blocks are dropped. */
  add(block: string, place?: SourcePlace): void {
    const text = normalizeText(block).replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
    if (!text) return;
    if (this.parts.length) {
      this.parts.push('\n');
      this.length += 1;
    }
    if (place) this.places.push({ start: this.length, end: this.length + text.length, place });
    this.parts.push(text);
    this.length += text.length;
  }

  build(meta: SourceMeta = {}): SourceText {
    return { text: this.parts.join(''), places: this.places, meta };
  }
}

/** Plain text: normalized, no places. */
export const plainSource = (text: string): SourceText => ({ text: normalizeText(text), places: [], meta: {} });

/** The records with the place each one stands in and the document's title and date. */
export function placeRecords(records: ClaimRecord[], source: SourceText): ClaimRecord[] {
  return recordPlacer(source)(records);
}

/** {@link placeRecords} for records that come in batches, in text order: one pass over the places for them all. */
export function recordPlacer(source: SourceText): (records: ClaimRecord[]) => ClaimRecord[] {
  const { places, meta } = source;
  if (!places.length && meta.title === undefined && meta.published === undefined) return (records) => records;
  let p = 0;
  return (records) => {
    for (const r of records) {
      while (p < places.length && places[p]!.end <= r.start) p++;
      const here = places[p] && places[p]!.start <= r.start ? places[p]!.place : {};
      if (meta.title !== undefined) r.title = meta.title;
      if (meta.published !== undefined) r.published = meta.published;
      if (here.page !== undefined) r.page = here.page;
      if (here.table !== undefined) {
        r.table = here.table;
        r.row = here.row;
        r.column = here.column;
      }
    }
    return records;
  };
}
