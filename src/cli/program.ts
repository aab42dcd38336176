import { Command, Option } from 'commander';
import { ALL_KINDS } from '../types.js';
import { FORMATS, RECORD_FIELDS } from '../writers/index.js';
import { runEval } from './commands/eval.js';
import { runExtract } from './commands/extract.js';
import type { CliIO } from './io.js';

const EXTRACT_EXAMPLES = `
Examples:
  $ solieu extract article.txt                 claims as a table (CSV when piped)
  $ solieu extract reports/ -o claims.csv --bom every .txt under reports/, for Excel
  $ cat article.txt | solieu extract -f jsonl  standard input to JSON Lines
  $ solieu extract a.txt --kinds money,percent --fields text,value,unit,sentence
  $ solieu extract a.txt --all -f json         also dates and document numbers
`;

const EVAL_EXAMPLES = `
Examples:
  $ solieu eval --gold samples                 score solieu on the bundled gold articles
  $ solieu eval --gold samples --verbose       list every miss, extra and wrong field
  $ solieu eval --gold gold/ --pred other.jsonl  score another tool's records
`;

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

Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.`);

  program
    .command('extract', { isDefault: true })
    .description('extract claims from files, directories (recursively, .txt and .text files) or standard input')
    .argument('[inputs...]', 'files, directories, or - for standard input (the default)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else csv)').choices(FORMATS))
    .option('-o, --output <file>', 'write to FILE atomically instead of standard output (format from its extension)')
    .option('--kinds <list>', `only these kinds, comma-separated: ${ALL_KINDS.join(',')}`)
    .option('--fields <list>', `only these fields, in this order: ${RECORD_FIELDS.join(',')}`)
    .option('--all', 'also report numbers that are not claims, as kinds date and reference')
    .option('--segment', "segment words with vntk's model before reading units (slower; see README)")
    .option('--no-segment', 'read units with the dictionary rules alone (the default)')
    .option('--bom', 'start CSV with a UTF-8 byte-order mark (Excel then shows Vietnamese correctly)')
    .option('--no-escape-formulas', "CSV: do not prefix ' to cells starting with = + - @ (for machine readers)")
    .option('--no-color', 'no colours in the table (also: NO_COLOR=1)')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], options) => setExitCode(await runExtract(inputs, options, io)));

  program
    .command('eval')
    .description('score extraction against gold-annotated articles (NAME.txt + NAME.gold.jsonl), as SPEC §7')
    .requiredOption('--gold <dir>', 'directory of NAME.txt and NAME.gold.jsonl pairs')
    .option('--pred <file>', 'score these JSON Lines records instead of running solieu')
    .option('--verbose', 'list every miss, extra and wrong field in context')
    .option('--json', 'print the figures as one JSON object')
    .option('--segment', "extract with vntk's word segmenter (as extract --segment)")
    .addHelpText('after', EVAL_EXAMPLES)
    .action(async (options) => setExitCode(await runEval(options, io)));

  return program;
}
