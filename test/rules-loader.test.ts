import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARY_DIR, loadLexicon } from '../src/lexicon/load.js';

/** The bundled dictionaries in a temporary folder, with one line added to `file`. */
function withLine(file: string, line: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-rules-'));
  cpSync(DEFAULT_DICTIONARY_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8').replace(/\n*$/, '\n')}${line}\n`);
  return dir;
}

const rule = (pattern: string, fires = 'Có hơn [5] người.') => `test-rule\t${pattern}\tover\t\ta reason\t${fires}`;

// A rule or class that can never do what it says is refused when the dictionaries load, naming
// the file and line: the loader is the first test of every row a linguist adds.
describe('dictionaries/rules/ refuses what cannot match', () => {
  const refused: [string, string, string, RegExp][] = [
    ['a pattern without the number', 'rules/qualifier.tsv', rule('hơn'), /qualifier\.tsv:\d+: pattern `hơn`: a pattern needs the number `#`/],
    ['the number twice', 'rules/qualifier.tsv', rule('# hơn #'), /holds the number `#` once/],
    ['an unknown class', 'rules/qualifier.tsv', rule('NOT_A_CLASS #'), /unknown class `NOT_A_CLASS`/],
    ['an unknown number tag', 'rules/qualifier.tsv', rule('hơn #{huge}'), /unknown number tag `huge`/],
    ['a repetition past the window', 'rules/qualifier.tsv', rule('WORD{1,41} #'), /must be between 0 and 40/],
    ['a zero-width class repeated', 'rules/qualifier.tsv', rule('START? #'), /matches no word and cannot repeat/],
    ['a rule without an example', 'rules/qualifier.tsv', 'test-rule\thơn #\tover\t\ta reason\t', /needs an example in `fires`|must not be empty/],
    ['an example without its number marked', 'rules/qualifier.tsv', rule('hơn #', 'Có hơn 5 người.'), /must mark one number/],
    ['a decision the file does not make', 'rules/qualifier.tsv', 'test-rule\thơn #\tup\t\tr\tCó hơn [5] người.', /must be one of over, under/],
    ['a class nothing uses', 'rules/classes.tsv', 'UNUSED_CLASS\tchữ', /class `UNUSED_CLASS` is used by no rule/],
    ['a class including an unknown one', 'rules/classes.tsv', 'MORE\tNO_SUCH', /`MORE` includes unknown class `NO_SUCH`/],
    ['a class named like a built-in', 'rules/classes.tsv', 'NOUN\tchữ', /`NOUN` is a built-in class/],
    ['a table filter on a missing column', 'rules/classes.tsv', 'STOP\t@grammar/unit-boundaries.tsv kind=verb', /a filter is COLUMN=value/],
    ['a duplicate rule name', 'rules/qualifier.tsv', 'more\thơn #\tover\t\tr\tCó hơn [5] người.', /duplicate entry "more"/],
  ];
  for (const [what, file, line, message] of refused) {
    it(what, () => expect(() => loadLexicon(withLine(file, line))).toThrow(message));
  }
  it('accepts a well-formed rule', () => expect(() => loadLexicon(withLine('rules/qualifier.tsv', rule('~NOUN MORE ~LINK{0,2} #{!range}')))).not.toThrow());
});
