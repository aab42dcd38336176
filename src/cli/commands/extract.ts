import { extname } from 'node:path';
import { SolieuError } from '../../errors.js';
import { ALL_KINDS, STATUSES, type Kind, type Status } from '../../types.js';
import type { DocumentResult } from '../../batch/document.js';
import type { ReadOptions } from '../../formats/read-document.js';
import { createWriter, CSV_LOCALES, EXPLAIN_FIELDS, FORMATS, OPTIONAL_FIELDS, parseFields, RECORD_FIELDS, SOURCE_FIELDS, TABLE_FIELDS, type CsvLocale, type Format, type RecordField } from '../../writers/index.js';
import { openDocuments, parseReadOptions, type DocumentOptions, type OpenedDocuments } from '../documents.js';
import type { CliIO } from '../io.js';
import { fileSink, streamSink, type Sink } from '../output.js';
import { refuseOutputsOverInputs, runBatch, type BatchCommandOptions } from '../run-batch.js';
import { prepareSegmenter } from '../segmenter.js';
import { writeRendered } from '../write-rendered.js';
import { spillFolder } from '../spill-folder.js';
import { openDestination } from '../destination.js';
import { uiLanguage } from '../ui.js';
import { tableHeadings } from '../headings.js';

/** Options of `solieu extract` as commander parses them. */
export interface ExtractCommandOptions extends DocumentOptions, BatchCommandOptions {
  format?: string;
  output?: string;
  kinds?: string;
  status?: string;
  date?: string;
  fields?: string;
  all?: boolean;
  segment?: boolean;
  explain?: boolean;
  bom?: boolean;
  color?: boolean;
  escapeFormulas?: boolean;
  csvLocale?: string;
  ui?: string;
  printText?: boolean;
}

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.csv': 'csv', '.tsv': 'tsv', '.tab': 'tsv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xlsx': 'xlsx', '.txt': 'table',
};

/**
 * The output format: as asked, else from the output file's extension, else a table on a
 * terminal and CSV in a pipe. An extension that names no format is a usage error: writing CSV
 * into `claims.xls` or `claims.ods` would make a file its reader cannot open; no extension at
 * all (`/dev/null`, `claims`) is CSV.
 */
export function chooseFormat(options: { format?: string; output?: string }, io: CliIO): Format {
  if (options.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(options.format)) {
      throw new SolieuError('INVALID_OPTION', `option \`--format\` must be one of ${FORMATS.join(', ')}, got "${options.format}"`);
    }
    return options.format as Format;
  }
  if (options.output) {
    const extension = extname(options.output).toLowerCase();
    // No extension (`/dev/null`, `/dev/stdout`, `claims`): CSV, as on a pipe.
    const format = extension ? FORMAT_BY_EXTENSION[extension] : 'csv';
    if (!format) {
      const known = Object.keys(FORMAT_BY_EXTENSION).join(', ');
      throw new SolieuError('INVALID_OPTION', `option \`--output\`: cannot tell the format of "${options.output}" from its extension (${known}); give \`--format\``);
    }
    return format;
  }
  return io.stdout.isTTY ? 'table' : 'csv';
}

/** `--csv-locale`: `machine` (the default) or `vi`. */
export function parseCsvLocale(value: string | undefined): CsvLocale | undefined {
  if (value === undefined) return undefined;
  if (!(CSV_LOCALES as readonly string[]).includes(value)) throw new SolieuError('INVALID_OPTION', `option \`--csv-locale\` must be one of ${CSV_LOCALES.join(', ')}, got "${value}"`);
  return value as CsvLocale;
}

/** `--date`: when the texts were written, a date holding its year (`2020-10-05`). */
export function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(19|20)\d\d(-\d\d(-\d\d)?)?$/.test(value)) throw new SolieuError('INVALID_OPTION', `option \`--date\` must be a date like 2020-10-05, got "${value}"`);
  return value;
}

/** `--status`: statuses of SPEC §3b, comma-separated. */
export function parseStatuses(list: string | undefined): Status[] | undefined {
  if (list === undefined) return undefined;
  const statuses = list.split(',').map((k) => k.trim()).filter(Boolean);
  const known: readonly string[] = STATUSES;
  const unknown = statuses.find((k) => !known.includes(k));
  if (unknown !== undefined || !statuses.length) throw new SolieuError('INVALID_OPTION', `option \`--status\` must list statuses of ${STATUSES.join(', ')}, got "${unknown ?? ''}"`);
  return statuses as Status[];
}

export function parseKinds(list: string | undefined): Kind[] | undefined {
  if (list === undefined) return undefined;
  const kinds = list.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!(ALL_KINDS as readonly string[]).includes(k)) {
      throw new SolieuError('INVALID_OPTION', `option \`--kinds\` must list kinds of ${ALL_KINDS.join(', ')}, got "${k}"`);
    }
  }
  if (!kinds.length) throw new SolieuError('INVALID_OPTION', 'option `--kinds` must name at least one kind, got ""');
  return kinds as Kind[];
}

/**
 * The columns: as asked; by default every field, led by `doc_id` for JSON Lines documents and
 * followed by where the claim stands for pages, PDFs and Word files; a table of one document
 * needs no file column.
 */
function chooseFields(options: ExtractCommandOptions, format: Format, opened: OpenedDocuments): readonly RecordField[] | undefined {
  if (options.fields) return parseFields(options.fields);
  const table = format === 'table';
  let fields: readonly RecordField[] = table ? TABLE_FIELDS : RECORD_FIELDS;
  if (table && opened.total !== null && opened.total <= 1) fields = fields.filter((f) => f !== 'file');
  if (opened.collections) fields = [...OPTIONAL_FIELDS, ...fields];
  if (opened.sources) fields = [...fields, ...(table ? (['page'] as const) : SOURCE_FIELDS)];
  if (options.explain) fields = [...fields, ...EXPLAIN_FIELDS];
  return fields === RECORD_FIELDS ? undefined : fields;
}

/**
 * `solieu extract`: extracts every document and writes its records as soon as it and the
 * documents before it are done, in input order. A bad document is reported on stderr and
 * skipped; the others are still written. Returns the exit status. Usage errors throw.
 */
export async function runExtract(inputs: readonly string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const format = chooseFormat(options, io);
  const kinds = parseKinds(options.kinds);
  const color = options.color !== false && !io.env.NO_COLOR && !options.output && !!io.stdout.isTTY;
  prepareSegmenter(options.segment, io);
  const read = parseReadOptions(options);
  await refuseOutputsOverInputs(inputs, options);
  const opened = await openDocuments(inputs, options, io);
  if (options.printText) return printText(opened, read, options, io);
  const fields = chooseFields(options, format, opened);
  // The table is read by people: its headings in their language (machine formats keep field names).
  const headings = tableHeadings('records', format, uiLanguage(options.ui, io.env));
  const writerOptions = { fields, bom: options.bom, color, escapeFormulas: options.escapeFormulas !== false, csvLocale: parseCsvLocale(options.csvLocale), headings };
  const writer = createWriter(format, writerOptions);
  const destination = openDestination(options, io, format, 'claims', fields ?? RECORD_FIELDS);
  // Records are rendered where they are extracted (in the workers); here they are only placed.
  // A large document's output spills into the run's folder, removed at the end whatever happens.
  const spills = spillFolder();
  const render = { format, options: writerOptions, spillFolder: spills.path };
  const extractOptions = { ...read, all: options.all, kinds, segment: options.segment, explain: options.explain, statuses: parseStatuses(options.status), date: parseDate(options.date), render };
  try {
    await destination.write(writer.start());
    const append = (result: DocumentResult) => writeRendered(result, writer, destination);
    return await runBatch(opened, extractOptions, options, io, append, async () => {
      await destination.write(writer.end());
      await destination.finish();
    });
  } catch (error) {
    destination.abort();
    throw error;
  } finally {
    spills.remove();
  }
}

/**
 * `--print-text`: the text solieu reads from each document — decoded, converted, normalized,
 * the text record offsets refer to — instead of the records. With several documents each is
 * headed `==> NAME <==`, as `head` does.
 */
async function printText(opened: OpenedDocuments, read: ReadOptions, options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const sink: Sink = options.output ? fileSink(options.output) : streamSink(io.stdout);
  const headed = opened.total !== 1;
  try {
    return await runBatch(opened, { ...read, render: { format: 'source-text' } }, options, io, (result) =>
      result.rendered === null ? undefined : sink.write(headed ? `==> ${result.name} <==\n${result.rendered}\n` : result.rendered), () => sink.commit());
  } catch (error) {
    sink.abort();
    throw error;
  }
}
