import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../src/errors.js';
import { DEFAULT_DICTIONARY_DIR, loadLexicon } from '../src/lexicon/load.js';
import { parseTsv } from '../src/lexicon/parse-tsv.js';

const schema = {
  file: 'test/x.tsv',
  columns: [{ name: 'word', type: 'text' }, { name: 'value', type: 'number' }, { name: 'role', type: 'enum', values: ['a', 'b'] }],
  key: ['word'],
} as const;

const parse = (content: string) => parseTsv(content, { ...schema, columns: [...schema.columns] });

describe('dictionary tables', () => {
  it('reads rows, skipping comments and blank lines', () => {
    expect(parse('# note\nword\tvalue\trole\n\nmột\t1\ta\n')).toEqual([{ word: 'một', value: 1, role: 'a' }]);
  });
  const broken: [string, string, RegExp][] = [
    ['a wrong header', 'word\tvalue\n', /x\.tsv:1: header must be `word, value, role`/],
    ['a duplicate key', 'word\tvalue\trole\nmột\t1\ta\nmột\t2\tb\n', /x\.tsv:3: duplicate entry "một" \(first on line 2\)/],
    ['an unknown enum value', 'word\tvalue\trole\nmột\t1\tc\n', /x\.tsv:2: column `role` must be one of a, b, got "c"/],
    ['a non-number', 'word\tvalue\trole\nmột\tone\ta\n', /x\.tsv:2: column `value` must be a number, got "one"/],
    ['too many cells', 'word\tvalue\trole\nmột\t1\ta\tz\n', /x\.tsv:2: expected 3–3 tab-separated columns, got 4/],
    ['spaces around a cell', 'word\tvalue\trole\nmột \t1\ta\n', /x\.tsv:2: column `word` has spaces around/],
    ['text that is not NFC', 'word\tvalue\trole\nmo\u0323\u0302t\t1\ta\n', /x\.tsv:2: column `word` is not NFC/],
    ['an empty required cell', 'word\tvalue\trole\n\t1\ta\n', /x\.tsv:2: column `word` must not be empty/],
  ];
  for (const [name, content, message] of broken) {
    it(`rejects ${name}`, () => {
      expect(() => parse(content)).toThrow(message);
      try {
        parse(content);
      } catch (error) {
        expect(error).toBeInstanceOf(SolieuError);
        expect((error as SolieuError).code).toBe('INVALID_DICTIONARY');
      }
    });
  }
});

describe('the bundled dictionaries', () => {
  it('load and pass every check', () => {
    const lexicon = loadLexicon();
    expect(lexicon.numerals.get('mươi')).toEqual({ value: 10, role: 'tens' });
    expect(lexicon.pos.size).toBeGreaterThan(30000);
  });

  it('name the file and line of a problem in a copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-dict-'));
    cpSync(DEFAULT_DICTIONARY_DIR, dir, { recursive: true });
    const file = join(dir, 'context/rank-markers.tsv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}hạng\tnoun\n`);
    expect(() => loadLexicon(dir)).toThrow(/dictionaries\/context\/rank-markers\.tsv:\d+: duplicate entry "hạng"/);
  });

  it('refuse an ambiguous unit that is not a unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-dict-'));
    cpSync(DEFAULT_DICTIONARY_DIR, dir, { recursive: true });
    const file = join(dir, 'units/ambiguous-units.tsv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}xyz\t$end\n`);
    expect(() => loadLexicon(dir)).toThrow(/`xyz` is not in units\/measures\.tsv nor/);
  });
});
