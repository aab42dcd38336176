import type { ClaimRecord } from '../types.js';

/** What the report knows of a document to name it by. */
export interface Nameable {
  /** The path as given (`-`, `news.jsonl:17`): shown on hover, never as the name. */
  name: string;
  title?: string;
  id?: string | number;
  records: readonly Pick<ClaimRecord, 'title' | 'doc_id'>[];
}

const present = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';

/**
 * The name a reader knows a document by: its title (given, or from the page's or file's meta
 * data its records carry), else its id in a collection (`doc_id`), else its file's base name.
 * Never the path: an absolute path is long, says nothing of the article and tells whoever
 * receives the page how the sender's disk is laid out (the path stays in the hover text).
 */
export function documentTitle(d: Nameable): string {
  // Every record of a document carries the same title and id: the first one speaks for all.
  const first = d.records[0];
  const title = [d.title, first?.title].find(present);
  if (title !== undefined) return String(title).trim();
  const id = [d.id, first?.doc_id].find(present);
  if (id !== undefined) return String(id);
  return d.name.split(/[\\/]/).filter(Boolean).pop() ?? d.name;
}
