import { Command, Option } from 'commander';
import { ALL_KINDS } from '../types.js';
import { CSV_LOCALES, FORMATS, OPTIONAL_FIELDS, RECORD_FIELDS } from '../writers/index.js';
import { UI_LANGUAGES } from './ui.js';
import { runEval } from './commands/eval.js';
import { runExtract } from './commands/extract.js';
import { runStats } from './commands/stats.js';
import { runAnnotate } from './commands/annotate.js';
import { runCompare } from './commands/compare.js';
import { runReport } from './commands/report.js';
import { runCheck } from './commands/check.js';
import { PAIR_STATUSES } from '../compare/index.js';
import { GROUP_KEYS } from '../stats/group-claims.js';
import { INPUT_FORMATS, LANGUAGES } from './documents.js';
import { ENCODINGS } from '../formats/decode-text.js';
import { INPUT_TYPES } from '../formats/detect-type.js';
import type { CliIO } from './io.js';

const EXTRACT_EXAMPLES = `
Examples:
  $ solieu extract article.txt                 claims as a table (CSV when piped)
  $ solieu extract reports/ -o claims.csv --bom every .txt under reports/, for Excel
  $ cat article.txt | solieu extract -f jsonl  standard input to JSON Lines
  $ solieu extract a.txt --kinds money,percent --fields text,value,unit,sentence
  $ solieu extract a.txt --all -f json         also dates and document numbers
  $ solieu extract 'reports/**/*.txt' -j 2 -o claims.jsonl   a pattern, two worker threads
  $ find . -name '*.txt' | solieu extract --files-from - -o claims.csv
  $ solieu extract --input-format jsonl corpus.jsonl -f jsonl   one {"id","text"} document a line
`;

const ANNOTATE_EXAMPLES = `
Examples:
  $ solieu annotate article.txt | less -R      claims coloured by kind, figures beside them
  $ solieu annotate report.pdf --no-color      claims in [brackets], for a file or a printer
`;

const COMPARE_EXAMPLES = `
Examples:
  $ solieu compare article.html report.pdf     which of the article's figures match the report
  $ solieu compare v1.docx v2.docx --only disagree,only-a,only-b
  $ solieu compare a.txt b.txt -f csv -o pairs.csv --bom

Exit status: 0 no figure disagrees, 3 some do, 1 a document could not be read, 2 usage error.
`;

const CHECK_EXAMPLES = `
Examples:
  $ solieu check article.txt                   warnings with their line, rule and figures
  $ solieu check reports/ -f csv -o warnings.csv

Exit status: 0 no warning, 3 warnings, 1 a document could not be read, 2 usage error.
`;

const REPORT_EXAMPLES = `
Examples:
  $ solieu report article.html -o report.html          open it in any browser, offline
  $ solieu report article.html source.pdf -o check.html  with the two documents compared
`;

const STATS_EXAMPLES = `
Examples:
  $ solieu stats reports/                      claims per kind and unit, with sums per unit
  $ solieu stats corpus.jsonl --input-format jsonl --group-by kind
  $ solieu stats reports/ --group-by file -f csv -o per-file.csv
`;

const EVAL_EXAMPLES = `
Examples:
  $ solieu eval --gold samples                 score solieu on the bundled gold articles
  $ solieu eval --gold samples --verbose       list every miss, extra and wrong field
  $ solieu eval --gold gold/ --pred other.jsonl  score another tool's records
`;

/** The options of commands that read many documents: where they come from, threads, progress, summary. */
/** How documents are read: what they are and how their text is encoded. */
function addReadOptions(command: Command): Command {
  return command
    .addOption(new Option('--input-type <type>', 'what each document is (default: auto, from its first bytes and extension)').choices(INPUT_TYPES))
    .addOption(new Option('--encoding <encoding>', 'how text and HTML documents are encoded (default: auto)').choices(ENCODINGS))
    .option('--max-bytes <size>', 'skip (and report) documents larger than this: 500000, 200K, 50M (default: 50M)')
    .addOption(new Option('--lang <lang>', 'the language of the text: auto decides sentence by sentence (default); vi or en reads all of it so').choices(LANGUAGES));
}

/**
 * The options every command shares (issue #14), with one meaning everywhere: where the output
 * goes, the terminal's colours, quiet stderr, the language people read. Commands that write
 * rows also take the formats and the spreadsheet options (`addRowOptions`).
 */
function addCommonOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write to FILE atomically instead of standard output (for rows, the format from its extension)')
    .option('--no-color', 'no colours (also: NO_COLOR=1, or output not a terminal)')
    .option('-q, --quiet', 'no progress bar, summary or hint on a terminal; only errors on stderr')
    .addOption(new Option('--ui <lang>', 'language of messages, the table and the report (default: vi when LANG says vi, else en)').choices(UI_LANGUAGES));
}

function addRowOptions(command: Command): Command {
  return addCommonOptions(command)
    .addOption(new Option('-f, --format <format>', "output format (default: from -o's extension; table on a terminal, else csv)").choices(FORMATS))
    .option('--bom', 'start CSV with a UTF-8 byte-order mark (Excel then shows Vietnamese correctly)')
    .option('--no-escape-formulas', "CSV: do not prefix ' to cells starting with = + - @ (for machine readers)")
    .addOption(new Option('--csv-locale <locale>', 'CSV and TSV for their reader: machine (",", 53.17; the default) or vi (";", 53,17: Excel and LibreOffice set to Vietnamese)').choices(CSV_LOCALES));
}

function addBatchOptions(command: Command): Command {
  return addReadOptions(command)
    .option('--files-from <file>', 'also read the paths listed in FILE, one a line (- for standard input)')
    .addOption(new Option('--input-format <format>', 'text: each input is a document; jsonl: each line of each input is a {"id","text"} document (default: jsonl for .jsonl and .ndjson files)').choices(INPUT_FORMATS))
    .option('--id-field <name>', 'jsonl: the field holding the document id', 'id')
    .option('--text-field <name>', 'jsonl: the field holding the document text', 'text')
    .option('-j, --jobs <n>', 'worker threads, at most the number of cores (default: the number of cores)')
    .option('--timeout-per-doc <seconds>', 'stop and report (EXTRACT_TIMEOUT) a document that takes longer (default: 120)')
    .option('--summary', 'print a summary on stderr at the end (always on a terminal, unless --quiet)')
    .option('--summary-json [file]', 'write the summary as one JSON object to FILE (default: stderr)')
    .option('--exit-zero', 'exit 0 even when some documents failed (they are still reported on stderr)');
}

/**
 * The command line: options are parsed here and handed to the command functions, which call
 * the library and write through `io`. `setExitCode` receives each command's exit status.
 */
export function buildProgram(io: CliIO, version: string, setExitCode: (code: number) => void): Command {
  const program = new Command('solieu')
    .description('Extract every quantified claim from Vietnamese text: counts, percentages, ratios, ranks, money, measures.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  $ solieu article.txt                         the claims of one article (extract is the default command)
  $ solieu extract reports/ -o claims.csv      every .txt under reports/ into one CSV file
  $ solieu eval --gold samples                 accuracy on the bundled gold articles

Exit status: 0 all inputs read, 1 some inputs failed (0 with --exit-zero), 2 usage error.`);

  const extract = program
    .command('extract', { isDefault: true })
    .description('extract claims from text, HTML, PDF and DOCX files, directories (recursively), patterns, JSON Lines or standard input')
    .argument('[inputs...]', 'files, directories, patterns (quoted: \'docs/**/*.txt\'), or - for standard input (the default)')
    .option('--kinds <list>', `only these kinds, comma-separated: ${ALL_KINDS.join(',')}`)
    .option('--status <list>', 'only claims of these statuses, comma-separated: actual,target,forecast,rule')
    .option('--date <date>', 'when the texts were written (2020-10-05): a result for a later year is a forecast (web pages give their own date)')
    .option('--fields <list>', `only these fields, in this order: ${[...OPTIONAL_FIELDS, ...RECORD_FIELDS].join(',')}`)
    .option('--all', 'also report numbers that are not claims, as kinds date and reference')
    .option('--segment', "segment words with vntk's model before reading units (slower; see README)")
    .option('--no-segment', 'read units with the dictionary rules alone (the default)')
    .option('--explain', 'add field rules: the rules that decided each claim (decision/rule, in dictionaries/rules/)')
    .option('--print-text', 'print the text solieu reads from each document (decoded, normalized) instead of the claims');
  addBatchOptions(addRowOptions(extract))
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], options) => setExitCode(await runExtract(inputs, options, io)));

  addReadOptions(addCommonOptions(
    program
      .command('annotate')
      .description('print each document with its claims marked in place, coloured by kind, with their figures')
      .argument('[inputs...]', 'documents (text, HTML, PDF, DOCX), or - for standard input (the default)')
      .option('--kinds <list>', `only these kinds: ${ALL_KINDS.join(',')}`)
      .option('--all', 'also mark numbers that are not claims (kinds date and reference)')
      .option('--segment', "segment words with vntk's model before reading units"),
  ))
    .addHelpText('after', ANNOTATE_EXAMPLES)
    .action(async (inputs: string[], options) => setExitCode(await runAnnotate(inputs, options, io)));

  addReadOptions(addRowOptions(
    program
      .command('compare')
      .description('align the claims of two documents: which figures agree, disagree, are rounded, or stand in one only')
      .argument('<a>', 'the first document (an article)')
      .argument('<b>', 'the second (the report it cites, another version)')
      .option('--only <statuses>', `only pairs of these statuses: ${PAIR_STATUSES.join(',')}`)
      .option('--kinds <list>', `only claims of these kinds: ${ALL_KINDS.join(',')}`)
      .option('--segment', "segment words with vntk's model before reading units"),
  ))
    .addHelpText('after', COMPARE_EXAMPLES)
    .action(async (a: string, b: string, options) => setExitCode(await runCompare([a, b], options, io)));

  addReadOptions(addRowOptions(
    program
      .command('check')
      .description('warn about figures of a document that cannot all be true (a share over 100%, parts over their total, one thing with two values)')
      .argument('[inputs...]', 'documents (text, HTML, PDF, DOCX), or - for standard input (the default)')
      .option('--segment', "segment words with vntk's model before reading units"),
  ))
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (inputs: string[], options) => setExitCode(await runCheck(inputs, options, io)));

  addReadOptions(addCommonOptions(
    program
      .command('report')
      .description('write one self-contained HTML page: texts with claims marked, a claims table, a chart, and for two documents their comparison')
      .argument('[inputs...]', 'documents (text, HTML, PDF, DOCX), or - for standard input')
      .option('--title <text>', 'the page title')
      .option('--kinds <list>', `only claims of these kinds: ${ALL_KINDS.join(',')}`)
      .option('--all', 'also show numbers that are not claims (kinds date and reference)')
      .option('--segment', "segment words with vntk's model before reading units")
      .option('--no-compare', 'no comparison section for two documents'),
  ))
    .addHelpText('after', REPORT_EXAMPLES)
    .action(async (inputs: string[], options) => setExitCode(await runReport(inputs, options, io)));

  const stats = program
    .command('stats')
    .description('count claims across documents per kind, unit, file or document, with value sums per unit')
    .argument('[inputs...]', 'as for extract')
    .option('--group-by <keys>', `group by these, comma-separated: ${GROUP_KEYS.join(',')}`, 'kind,unit_norm')
    .option('--kinds <list>', `only claims of these kinds: ${ALL_KINDS.join(',')}`)
    .option('--status <list>', 'only claims of these statuses (default: actual, the results): actual,target,forecast,rule')
    .option('--all', 'also count numbers that are not claims (kinds date and reference)')
    .option('--segment', "segment words with vntk's model before reading units");
  addBatchOptions(addRowOptions(stats))
    .addHelpText('after', STATS_EXAMPLES)
    .action(async (inputs: string[], options) => setExitCode(await runStats(inputs, options, io)));

  addCommonOptions(program
    .command('eval'))
    .description('score extraction against gold-annotated articles (NAME.txt + NAME.gold.jsonl), as SPEC §7')
    .requiredOption('--gold <dir>', 'directory of NAME.txt and NAME.gold.jsonl pairs')
    .option('--pred <file>', 'score these JSON Lines records instead of running solieu')
    .option('--verbose', 'list every miss, extra and wrong field in context')
    .option('--json', 'print the figures as one JSON object (as -f json)')
    .addOption(new Option('-f, --format <format>', 'table (the figures as text, the default) or json').choices(['table', 'json']))
    .option('--segment', "extract with vntk's word segmenter (as extract --segment)")
    .addHelpText('after', EVAL_EXAMPLES)
    .action(async (options) => setExitCode(await runEval(options, io)));

  return program;
}
