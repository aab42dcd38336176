import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SolieuError } from '../../errors.js';
import { parseGold, resolveGold } from '../../eval/gold.js';
import { formatScore, scoreDocuments, type ScoredDocument } from '../../eval/score.js';
import { extract } from '../../pipeline/index.js';
import type { ClaimRecord } from '../../types.js';
import { EXIT, type CliIO } from '../io.js';
import { prepareSegmenter } from '../segmenter.js';
import { writeText } from '../destination.js';

export interface EvalCommandOptions {
  gold: string;
  pred?: string;
  verbose?: boolean;
  json?: boolean;
  /** `table` (the default: the figures as text) or `json` (as `--json`). */
  format?: string;
  output?: string;
  segment?: boolean;
}

// The reference scorer reads gold texts this way; resolving gold on the same text keeps the figures identical.
const goldText = (raw: string) => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');

async function readPredictions(path: string): Promise<Map<string, ClaimRecord[]>> {
  const byFile = new Map<string, ClaimRecord[]>();
  (await readFile(path, 'utf8')).split('\n').forEach((line, k) => {
    if (!line.trim() || line.trim().startsWith('//')) return;
    let record: ClaimRecord;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new SolieuError('INVALID_GOLD', `${path}:${k + 1}: ${(error as Error).message}`, path);
    }
    const name = basename(String(record.file ?? ''));
    byFile.set(name, [...(byFile.get(name) ?? []), record]);
  });
  return byFile;
}

/**
 * `solieu eval --gold DIR`: extracts every `NAME.txt` in DIR (or takes the records of
 * `--pred FILE`) and scores them against `NAME.gold.jsonl` as SPEC §7 does.
 */
export async function runEval(options: EvalCommandOptions, io: CliIO): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(options.gold)).filter((f) => f.endsWith('.gold.jsonl')).sort();
  } catch (error) {
    throw new SolieuError('INPUT_NOT_FOUND', `${options.gold}: ${(error as Error).message}`, options.gold);
  }
  if (!names.length) throw new SolieuError('INPUT_EMPTY_DIRECTORY', `${options.gold}: no NAME.gold.jsonl files`, options.gold);
  prepareSegmenter(options.segment, io);
  const predictions = options.pred ? await readPredictions(options.pred) : null;
  const documents: ScoredDocument[] = [];
  for (const goldName of names) {
    const name = goldName.replace(/\.gold\.jsonl$/, '.txt');
    const raw = await readFile(join(options.gold, name), 'utf8');
    const text = goldText(raw);
    const gold = resolveGold(text, parseGold(await readFile(join(options.gold, goldName), 'utf8'), goldName), name);
    const predicted = predictions ? (predictions.get(name) ?? []) : extract(raw, { file: name, segment: options.segment });
    documents.push({ name, text, gold, predicted });
  }
  const score = scoreDocuments(documents);
  const json = options.json || options.format === 'json';
  if (options.format !== undefined && options.format !== 'json' && options.format !== 'table') {
    throw new SolieuError('INVALID_OPTION', `option \`--format\` of eval must be table or json, got "${options.format}"`);
  }
  const { errors: _errors, ...figures } = score;
  const text = json ? `${JSON.stringify(figures)}\n` : formatScore(score, options.verbose);
  await writeText(options, io, (out) => out.write(text));
  return EXIT.ok;
}
