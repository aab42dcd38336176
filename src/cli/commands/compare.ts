import { Chalk } from 'chalk';
import { compareClaims, PAIR_STATUSES, type ClaimPair, type PairStatus } from '../../compare/index.js';
import { SolieuError } from '../../errors.js';
import type { ClaimRecord } from '../../types.js';
import { formatValue } from '../../writers/table.js';
import { writeRows, type Row } from '../../writers/rows.js';
import type { DocumentOptions } from '../documents.js';
import { EXIT, type CliIO } from '../io.js';
import { loadDocuments } from '../load-documents.js';
import { refuseOutputOverInput } from '../output.js';
import { openDestination } from '../destination.js';
import { makeTerminalSafe } from '../../text/terminal-safe.js';
import { chooseFormat, parseCsvLocale, parseKinds } from './extract.js';
import { uiLanguage, type UiLanguage } from '../ui.js';
import { tableHeadings } from '../headings.js';

export interface CompareCommandOptions extends DocumentOptions {
  format?: string;
  output?: string;
  only?: string;
  kinds?: string;
  segment?: boolean;
  bom?: boolean;
  escapeFormulas?: boolean;
  csvLocale?: string;
  color?: boolean;
  ui?: string;
}

function parseStatuses(list: string | undefined): Set<PairStatus> {
  if (list === undefined) return new Set(PAIR_STATUSES);
  const statuses = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of statuses) {
    if (!(PAIR_STATUSES as readonly string[]).includes(s)) {
      throw new SolieuError('INVALID_OPTION', `option \`--only\` must list statuses of ${PAIR_STATUSES.join(', ')}, got "${s}"`);
    }
  }
  return new Set(statuses as PairStatus[]);
}

const figure = (r: ClaimRecord | null) => (r ? `${formatValue(r)}${r.kind === 'percent' ? '%' : ''}` : null);

const tidy = (n: number) => Number(n.toPrecision(12));

/**
 * B − A for two figures of one kind, and for amounts the change relative to A in percent. For
 * percentages the difference is in percentage points and no relative change is given: 53,17 %
 * → 35,17 % is 18 points down, which "−33,9 %" hides.
 */
function differenceOf(p: ClaimPair): { difference: number | null; relative: number | null } {
  if (!p.a || !p.b || p.a.kind !== p.b.kind) return { difference: null, relative: null };
  const difference = tidy(p.b.value - p.a.value);
  const relative = p.a.kind === 'percent' || p.a.value === 0 ? null : tidy((100 * difference) / Math.abs(p.a.value));
  return { difference, relative };
}

const SIGNED = { vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }), en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }) };
const POINTS = { vi: 'điểm phần trăm', en: 'percentage points' };

/** The difference as a person reads it: "−18 điểm phần trăm", "+1.200 (+9,6 %)". */
function differenceText(p: ClaimPair, ui: UiLanguage): string | null {
  const { difference, relative } = differenceOf(p);
  if (difference === null) return null;
  if (p.a!.kind === 'percent') return `${SIGNED[ui].format(difference)} ${POINTS[ui]}`;
  return relative === null ? SIGNED[ui].format(difference) : `${SIGNED[ui].format(difference)} (${SIGNED[ui].format(relative)} %)`;
}

/** A pair as a row: status, then each side's line, words, figure, unit, subject and sentence, and their difference. */
function rowOf(p: ClaimPair, table: boolean, ui: UiLanguage): Row {
  const side = (r: ClaimRecord | null, prefix: string): Row =>
    table
      ? { [`${prefix}_line`]: r?.line ?? null, [`${prefix}_text`]: r?.text ?? null, [`${prefix}_unit`]: r?.unit ?? null }
      : {
          [`${prefix}_line`]: r?.line ?? null, [`${prefix}_start`]: r?.start ?? null, [`${prefix}_end`]: r?.end ?? null,
          [`${prefix}_text`]: r?.text ?? null, [`${prefix}_value`]: r?.value ?? null,
          [`${prefix}_value_max`]: r?.value_max ?? null, [`${prefix}_denominator`]: r?.denominator ?? null,
          [`${prefix}_unit`]: r?.unit ?? null, [`${prefix}_subject`]: r?.subject ?? null, [`${prefix}_status`]: r?.status ?? null,
          [`${prefix}_time`]: r?.time ?? null, [`${prefix}_sentence`]: r?.sentence ?? null,
        };
  const { difference, relative } = differenceOf(p);
  const change: Row = table ? { difference: differenceText(p, ui) } : { difference, difference_unit: difference === null ? null : p.a!.kind === 'percent' ? 'pp' : p.a!.unit_norm ?? p.a!.unit, relative_difference: relative };
  return { status: p.status, kind: (p.a ?? p.b)!.kind, similarity: p.similarity, ...(!table && { why: p.why }), ...side(p.a, 'a'), ...(table && { a_figure: figure(p.a), b_figure: figure(p.b) }), ...side(p.b, 'b'), ...change };
}

const TABLE_COLUMNS = ['status', 'kind', 'a_line', 'a_text', 'a_figure', 'b_figure', 'b_text', 'b_line', 'difference', 'a_unit'];
const SIDE_FIELDS = ['line', 'start', 'end', 'text', 'value', 'value_max', 'denominator', 'unit', 'subject', 'status', 'time', 'sentence'];
/** CSV and JSON: everything about both claims, for a spreadsheet or a program. */
const FULL_COLUMNS = ['status', 'kind', 'similarity', 'why', ...SIDE_FIELDS.map((f) => `a_${f}`), ...SIDE_FIELDS.map((f) => `b_${f}`), 'difference', 'difference_unit', 'relative_difference'];


/**
 * `solieu compare A B`: aligns the claims of two documents and says, pair by pair, whether
 * the figures agree, disagree, are rounded, or stand in one document only. Disagreements
 * first. Exit 3 when any pair disagrees.
 */
export async function runCompare(inputs: readonly string[], options: CompareCommandOptions, io: CliIO): Promise<number> {
  if (inputs.length !== 2) throw new SolieuError('INVALID_OPTION', `compare takes two documents, got ${inputs.length}`);
  const statuses = parseStatuses(options.only);
  const format = chooseFormat(options, io);
  await refuseOutputOverInput(options.output, inputs);
  const { documents, failed } = await loadDocuments(inputs, options, { kinds: parseKinds(options.kinds), segment: options.segment }, io);
  if (failed || documents.length !== 2) return EXIT.someInputsFailed;
  const [a, b] = documents as [(typeof documents)[0], (typeof documents)[0]];
  const comparison = compareClaims(a, b);
  const order = (p: ClaimPair) => PAIR_STATUSES.indexOf(p.status);
  const pairs = comparison.pairs.filter((p) => statuses.has(p.status)).sort((p, q) => order(p) - order(q));
  const table = format === 'table';
  const ui = uiLanguage(options.ui, io.env);
  const rows = pairs.map((p) => rowOf(p, table, ui));
  const columns = table ? TABLE_COLUMNS : FULL_COLUMNS;
  const sink = openDestination(options, io, format, 'pairs', columns);
  try {
    if (table) {
      const chalk = new Chalk({ level: options.color !== false && !io.env.NO_COLOR && !!io.stdout.isTTY ? 1 : 0 });
      const counts = PAIR_STATUSES.map((s) => `${s} ${comparison.pairs.filter((p) => p.status === s).length}`).join(', ');
      await sink.write(`${chalk.bold(`A: ${makeTerminalSafe(a.name)}`)}\n${chalk.bold(`B: ${makeTerminalSafe(b.name)}`)}\n${counts}\n\n`);
    }
    await sink.write(writeRows(rows, columns, format, { bom: options.bom, escapeFormulas: options.escapeFormulas !== false, csvLocale: parseCsvLocale(options.csvLocale), headings: tableHeadings('compare', format, ui) }));
    await sink.finish();
  } catch (error) {
    sink.abort();
    throw error;
  }
  return comparison.pairs.some((p) => p.status === 'disagree') ? EXIT.found : EXIT.ok;
}
