import { getSegmenter, segmenterError } from '../segment/index.js';
import type { CliIO } from './io.js';

/**
 * For `--segment`: loads vntk's models once, before any input is read. When they cannot be
 * loaded, says so once on stderr and lets extraction read units by the rules (extract's
 * `segment` option does the same, silently), rather than failing every input.
 */
export function prepareSegmenter(segment: boolean | undefined, io: CliIO): void {
  if (segment && !getSegmenter()) {
    io.stderr.write(`solieu: word segmentation is not available (${segmenterError()?.message}); units are read by the rules alone\n`);
  }
}
