import { extname } from 'node:path';
import { SolieuError } from '../../errors.js';
import { extract } from '../../pipeline/index.js';
import { ALL_KINDS, type Kind } from '../../types.js';
import { createWriter, FORMATS, parseFields, TABLE_FIELDS, type Format } from '../../writers/index.js';
import { EXIT, type CliIO } from '../io.js';
import { prepareSegmenter } from '../segmenter.js';
import { readText, resolveInputs } from '../inputs.js';
import { fileSink, streamSink, type Sink } from '../output.js';

/** Options of `solieu extract` as commander parses them. */
export interface ExtractCommandOptions {
  format?: string;
  output?: string;
  kinds?: string;
  fields?: string;
  all?: boolean;
  segment?: boolean;
  bom?: boolean;
  color?: boolean;
  escapeFormulas?: boolean;
}

const FORMAT_BY_EXTENSION: Record<string, Format> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** The output format: as asked, else from the output file's extension, else a table on a terminal and CSV in a pipe. */
function chooseFormat(options: ExtractCommandOptions, io: CliIO): Format {
  if (options.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(options.format)) {
      throw new SolieuError('INVALID_OPTION', `option \`--format\` must be one of ${FORMATS.join(', ')}, got "${options.format}"`);
    }
    return options.format as Format;
  }
  if (options.output) return FORMAT_BY_EXTENSION[extname(options.output).toLowerCase()] ?? 'csv';
  return io.stdout.isTTY ? 'table' : 'csv';
}

function parseKinds(list: string): Kind[] {
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
 * `solieu extract`: reads each input, extracts its claims and writes them as each document
 * finishes. A bad input is reported on stderr and skipped; the others are still written.
 * Returns the exit status: 0, or 1 when any input failed. Usage errors throw.
 */
export async function runExtract(inputs: readonly string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const format = chooseFormat(options, io);
  const fields = options.fields ? parseFields(options.fields) : undefined;
  const kinds = options.kinds ? parseKinds(options.kinds) : undefined;
  const color = options.color !== false && !io.env.NO_COLOR && !options.output && !!io.stdout.isTTY;
  prepareSegmenter(options.segment, io);
  const sources = await resolveInputs(inputs, io.readStdin);
  // A table of one document needs no file column.
  const tableFields = format === 'table' && !fields && sources.length <= 1 ? TABLE_FIELDS.filter((f) => f !== 'file') : fields;
  const writer = createWriter(format, { fields: tableFields, bom: options.bom, color, escapeFormulas: options.escapeFormulas !== false });
  const sink: Sink = options.output ? fileSink(options.output) : streamSink(io.stdout);
  let failed = 0;
  try {
    sink.write(writer.start());
    for (const source of sources) {
      try {
        if (source instanceof SolieuError) throw source;
        const text = await readText(source);
        sink.write(writer.write(extract(text, { file: source.name, all: options.all, kinds, segment: options.segment })));
      } catch (error) {
        if (!(error instanceof SolieuError)) throw error;
        failed++;
        io.stderr.write(`solieu: ${error.message}\n`);
      }
    }
    sink.write(writer.end());
    sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
  return failed ? EXIT.someInputsFailed : EXIT.ok;
}
