import { ClaimGrouper, parseGroupKeys } from '../../stats/group-claims.js';
import { writeRows, type Row } from '../../writers/rows.js';
import { openDocuments, parseReadOptions, type DocumentOptions } from '../documents.js';
import type { CliIO } from '../io.js';
import { openDestination } from '../destination.js';
import { refuseOutputsOverInputs, runBatch, type BatchCommandOptions } from '../run-batch.js';
import { prepareSegmenter } from '../segmenter.js';
import { chooseFormat, parseCsvLocale, parseKinds, parseStatuses } from './extract.js';
import { uiLanguage } from '../ui.js';
import { tableHeadings } from '../headings.js';

/** Options of `solieu stats` as commander parses them. */
export interface StatsCommandOptions extends DocumentOptions, BatchCommandOptions {
  groupBy?: string;
  format?: string;
  output?: string;
  kinds?: string;
  status?: string;
  all?: boolean;
  segment?: boolean;
  bom?: boolean;
  escapeFormulas?: boolean;
  csvLocale?: string;
  ui?: string;
}

/**
 * `solieu stats`: extracts every document as `extract` does, and instead of the records
 * writes one row per group (`--group-by kind,unit,file,doc_id`): how many claims and
 * documents, and per unit the sum, least and greatest value. A first look at a corpus.
 */
export async function runStats(inputs: readonly string[], options: StatsCommandOptions, io: CliIO): Promise<number> {
  const keys = parseGroupKeys(options.groupBy ?? 'kind,unit_norm');
  const format = chooseFormat(options, io);
  const kinds = parseKinds(options.kinds);
  // Results only unless asked: a plan and its result are not two figures to add up (SPEC §3b).
  const statuses = parseStatuses(options.status ?? 'actual');
  prepareSegmenter(options.segment, io);
  const read = parseReadOptions(options);
  await refuseOutputsOverInputs(inputs, options);
  const opened = await openDocuments(inputs, options, io);
  const grouper = new ClaimGrouper(keys);
  const columns = [...keys, 'claims', 'documents', ...(keys.includes('unit') || keys.includes('unit_norm') ? ['sum', 'min', 'max', 'mean'] : [])];
  // Opened before the run, so a folder that cannot be written to fails before the work, not after.
  const destination = openDestination(options, io, format, 'stats', columns);
  const writeGroups = async () => {
    const rows: Row[] = grouper.result().map((g) => ({ ...g.keys, claims: g.claims, documents: g.documents, sum: g.sum, min: g.min, max: g.max, mean: g.mean }));
    const headings = tableHeadings('stats', format, uiLanguage(options.ui, io.env));
    await destination.write(writeRows(rows, columns, format, { bom: options.bom, escapeFormulas: options.escapeFormulas !== false, csvLocale: parseCsvLocale(options.csvLocale), headings }));
    await destination.finish();
  };
  try {
    return await runBatch(opened, { ...read, all: options.all, kinds, statuses, segment: options.segment }, options, io, (result) => {
      if (!result.failure) grouper.addDocument(result.records);
    }, writeGroups);
  } catch (error) {
    destination.abort();
    throw error;
  }
}
