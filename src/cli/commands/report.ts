import { compareClaims } from '../../compare/index.js';
import { renderReport } from '../../report/index.js';
import type { DocumentOptions } from '../documents.js';
import { EXIT, type CliIO } from '../io.js';
import { loadDocuments } from '../load-documents.js';
import { refuseOutputOverInput } from '../output.js';
import { writeText } from '../destination.js';
import { uiLanguage } from '../ui.js';
import { parseKinds } from './extract.js';

export interface ReportCommandOptions extends DocumentOptions {
  output?: string;
  title?: string;
  kinds?: string;
  all?: boolean;
  segment?: boolean;
  compare?: boolean;
  /** `vi` or `en` (`--ui`; default from the locale: `uiLanguage`). */
  ui?: string;
}

/**
 * `solieu report`: one self-contained HTML page for the documents — their texts with the
 * claims marked, a table that sorts and filters, a chart, a CSV download — and, for two
 * documents, their comparison.
 */
export async function runReport(inputs: readonly string[], options: ReportCommandOptions, io: CliIO): Promise<number> {
  await refuseOutputOverInput(options.output, inputs);
  const { documents, failed } = await loadDocuments(inputs, options, { kinds: parseKinds(options.kinds), all: options.all, segment: options.segment }, io);
  const [a, b] = documents;
  const comparison = options.compare !== false && documents.length === 2 && a && b ? compareClaims(a, b) : undefined;
  // Each document by its title (a page's, a PDF's) or its id in a collection; a document with neither by its file name.
  const html = renderReport(
    documents.map((d) => ({ name: d.name, title: d.source.meta.title, id: d.docId, text: d.source.text, records: d.records })),
    { title: options.title, comparison, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '), ui: uiLanguage(options.ui, io.env) },
  );
  await writeText(options, io, (out) => out.write(html));
  return failed ? EXIT.someInputsFailed : EXIT.ok;
}
