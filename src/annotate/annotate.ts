import { Chalk } from 'chalk';
import { makeTerminalSafe } from '../text/terminal-safe.js';
import { ALL_KINDS, type ClaimRecord } from '../types.js';
import { colorOfKind, formatValue } from '../writers/table.js';

export interface AnnotateOptions {
  /** Colour each claim by kind; without colour, claims are marked with brackets. */
  color: boolean;
}

/** The figure as the claim means it, beside the words that state it: `11.070.000`, `98%`, `15/63`. */
function figureOf(r: ClaimRecord): string {
  return `${formatValue(r)}${r.kind === 'percent' ? '%' : ''}`;
}

/** What the marks mean, for the top of the output. */
export function annotationLegend(options: AnnotateOptions): string {
  if (!options.color) return 'Claims are marked [words | kind figure qualifier change status], the status when it is not a result (target, forecast, rule).\n';
  const chalk = new Chalk({ level: 1 });
  return `${ALL_KINDS.map((k) => colorOfKind(chalk, k).bold(k)).join('  ')}   ${chalk.dim('⟨figure⟩')}   ${chalk.dim('⟨figure · target | forecast | rule⟩')}\n`;
}

/**
 * The text with each claim marked where it stands: coloured by kind with its figure beside it
 * (`trên 11,07 triệu⟨11.070.000⟩`), or, without colour, in brackets with its kind, figure,
 * qualifier, change and — unless it is a result — status (`[trên 11,07 triệu | count 11.070.000
 * over]`, `[100 tỷ đồng | money 100.000.000.000 target]`). Only colour codes are
 * written, never cursor movements, so a pager (`less -R`) shows it as it is: the text's own
 * escape sequences and control characters are shown, not obeyed (`makeTerminalSafe`, piece by
 * piece before colouring, so offsets still fit). `records` are the text's own, in text order.
 */
export function annotateText(text: string, records: readonly ClaimRecord[], options: AnnotateOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const parts: string[] = [];
  let at = 0;
  for (const r of records) {
    if (r.start < at || r.end > text.length) continue; // overlapping or foreign records are left unmarked
    parts.push(makeTerminalSafe(text.slice(at, r.start)));
    const words = makeTerminalSafe(text.slice(r.start, r.end));
    // A caller of this public function may hand over records it built itself: their fields are shown, not obeyed, too.
    // A plan, a prediction or a legal limit is marked apart from a result (SPEC §3b): a reader checks them differently.
    const status = r.status && r.status !== 'actual' ? makeTerminalSafe(r.status) : null;
    if (options.color) parts.push(colorOfKind(chalk, r.kind).bold.underline(words) + chalk.dim(`⟨${figureOf(r)}${status ? ` · ${status}` : ''}⟩`));
    else parts.push(`[${words} | ${makeTerminalSafe([r.kind, figureOf(r), r.qualifier, r.change, status].filter(Boolean).join(' '))}]`);
    at = r.end;
  }
  parts.push(makeTerminalSafe(text.slice(at)));
  const out = parts.join('');
  return out.endsWith('\n') ? out : `${out}\n`;
}
