import { annotateText, annotationLegend } from '../../annotate/annotate.js';
import { makeTerminalSafe } from '../../text/terminal-safe.js';
import type { DocumentOptions } from '../documents.js';
import { EXIT, type CliIO } from '../io.js';
import { loadDocuments } from '../load-documents.js';
import { refuseOutputOverInput } from '../output.js';
import { writeText } from '../destination.js';
import { parseKinds } from './extract.js';

export interface AnnotateCommandOptions extends DocumentOptions {
  color?: boolean;
  output?: string;
  kinds?: string;
  all?: boolean;
  segment?: boolean;
}

/**
 * `solieu annotate`: each document's text with its claims marked in place, a legend first;
 * documents headed `==> NAME <==` when there are several. Colour on a terminal, brackets
 * otherwise (and with NO_COLOR or --no-color).
 */
export async function runAnnotate(inputs: readonly string[], options: AnnotateCommandOptions, io: CliIO): Promise<number> {
  // Colours only for a terminal: a file written with -o gets brackets, like a pipe.
  const color = options.color !== false && !io.env.NO_COLOR && !options.output && !!io.stdout.isTTY;
  await refuseOutputOverInput(options.output, inputs);
  const { documents, failed } = await loadDocuments(inputs, options, { kinds: parseKinds(options.kinds), all: options.all, segment: options.segment }, io);
  await writeText(options, io, async (out) => {
    await out.write(annotationLegend({ color }));
    for (const document of documents) {
      // A file name is anyone's text too: shown, not obeyed.
      await out.write(documents.length > 1 ? `\n==> ${makeTerminalSafe(document.name)} <==\n` : '\n');
      await out.write(annotateText(document.source.text, document.records, { color }));
    }
  });
  return failed ? EXIT.someInputsFailed : EXIT.ok;
}
