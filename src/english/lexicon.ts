import { DEFAULT_DICTIONARY_DIR, readDictionaryTable } from '../lexicon/load.js';
import type { Column, Row, TableSchema } from '../lexicon/parse-tsv.js';
import { QUALIFIERS, type Qualifier } from '../types.js';

/** What the English path knows, from `dictionaries/english/`. */
export interface EnglishLexicon {
  /** Phrases as lower-case word lists, with what they mean. */
  qualifiers: WordPhrases<Qualifier>;
  changes: Map<string, 'up' | 'down'>;
  /** The change words that may follow the figure, as nouns ("a 5% increase"). */
  changeNouns: Set<string>;
  /** Comparatives that follow the figure before "than" ("9.6 percent more than"). */
  comparatives: Map<string, 'up' | 'down'>;
  ordinals: Map<string, number>;
  rankWords: Set<string>;
  multiples: Map<string, { value: number; unit: string }>;
  currencies: WordPhrases<{ unit: string; position: 'before' | 'after' | 'both' }>;
  measures: WordPhrases<string>;
  scales: Map<string, number>;
  stopWords: Set<string>;
  markerWords: Set<string>;
  months: Set<string>;
  beforeYear: Set<string>;
  /** Words that start a number written in words. */
  numberWords: Set<string>;
}

/** Phrases of one or more words, matched against lower-cased word sequences, longest first. */
export class WordPhrases<T> {
  private readonly byLength: Map<string, T>[] = [];

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      (this.byLength[words.length] ??= new Map()).set(phrase, value);
    }
  }

  get longest(): number {
    return this.byLength.length - 1;
  }

  /** The longest phrase equal to `words[from..from+n)`, as [value, n]. */
  matchAt(words: readonly string[], from: number): [T, number] | null {
    for (let n = Math.min(this.longest, words.length - from); n >= 1; n--) {
      const value = this.byLength[n]?.get(words.slice(from, from + n).join(' '));
      if (value !== undefined) return [value, n];
    }
    return null;
  }

  /** The longest phrase ending just before `end`, as [value, n]. */
  matchBefore(words: readonly string[], end: number): [T, number] | null {
    for (let n = Math.min(this.longest, end); n >= 1; n--) {
      const value = this.byLength[n]?.get(words.slice(end - n, end).join(' '));
      if (value !== undefined) return [value, n];
    }
    return null;
  }
}

const text = (name: string): Column => ({ name, type: 'text' });
const oneOf = (name: string, values: readonly string[]): Column => ({ name, type: 'enum', values });
const num = (name: string): Column => ({ name, type: 'number' });

const SCHEMAS = {
  qualifiers: { file: 'english/qualifiers.tsv', columns: [text('phrase'), oneOf('qualifier', QUALIFIERS)], key: ['phrase'] },
  changes: { file: 'english/changes.tsv', columns: [text('word'), oneOf('direction', ['up', 'down']), oneOf('form', ['verb', 'noun', 'adverb', 'comparative'])], key: ['word'] },
  ordinals: { file: 'english/ordinals.tsv', columns: [text('word'), num('value')], key: ['word'] },
  rankWords: { file: 'english/rank-words.tsv', columns: [text('word')], key: ['word'] },
  multiples: { file: 'english/multiples.tsv', columns: [text('word'), num('value'), text('unit')], key: ['word'] },
  currencies: { file: 'english/currencies.tsv', columns: [text('surface'), text('unit'), oneOf('position', ['before', 'after', 'both'])], key: ['surface'] },
  measures: { file: 'english/measures.tsv', columns: [text('surface'), text('unit')], key: ['surface'] },
  scales: { file: 'english/scales.tsv', columns: [text('word'), num('multiplier')], key: ['word'] },
  functionWords: { file: 'english/function-words.tsv', columns: [text('word'), oneOf('role', ['stop', 'marker', 'both'])], key: ['word'] },
  dateWords: { file: 'english/date-words.tsv', columns: [text('word'), oneOf('role', ['month', 'before-year'])], key: ['word'] },
  numberWords: { file: 'english/number-words.tsv', columns: [text('word')], key: ['word'] },
} satisfies Record<string, TableSchema>;

/** Reads and checks `dictionaries/english/`; throws `INVALID_DICTIONARY` naming file and line. */
export function loadEnglishLexicon(dir: string = DEFAULT_DICTIONARY_DIR): EnglishLexicon {
  const t = (name: keyof typeof SCHEMAS) => readDictionaryTable(dir, SCHEMAS[name]);
  const s = (row: Row, column: string) => row[column] as string;
  const functionWords = t('functionWords');
  const dateWords = t('dateWords');
  return {
    qualifiers: new WordPhrases(t('qualifiers').map((r) => [s(r, 'phrase'), s(r, 'qualifier') as Qualifier])),
    changes: new Map(t('changes').filter((r) => s(r, 'form') !== 'comparative').map((r) => [s(r, 'word'), s(r, 'direction') as 'up' | 'down'])),
    changeNouns: new Set(t('changes').filter((r) => s(r, 'form') === 'noun').map((r) => s(r, 'word'))),
    comparatives: new Map(t('changes').filter((r) => s(r, 'form') === 'comparative').map((r) => [s(r, 'word'), s(r, 'direction') as 'up' | 'down'])),
    ordinals: new Map(t('ordinals').map((r) => [s(r, 'word'), r.value as number])),
    rankWords: new Set(t('rankWords').map((r) => s(r, 'word'))),
    multiples: new Map(t('multiples').map((r) => [s(r, 'word'), { value: r.value as number, unit: s(r, 'unit') }])),
    currencies: new WordPhrases(t('currencies').map((r) => [s(r, 'surface'), { unit: s(r, 'unit'), position: s(r, 'position') as 'before' | 'after' | 'both' }])),
    measures: new WordPhrases(t('measures').map((r) => [s(r, 'surface'), s(r, 'unit')])),
    scales: new Map(t('scales').map((r) => [s(r, 'word'), r.multiplier as number])),
    stopWords: new Set(functionWords.filter((r) => s(r, 'role') !== 'marker').map((r) => s(r, 'word'))),
    markerWords: new Set(functionWords.filter((r) => s(r, 'role') !== 'stop').map((r) => s(r, 'word'))),
    months: new Set(dateWords.filter((r) => s(r, 'role') === 'month').map((r) => s(r, 'word'))),
    beforeYear: new Set(dateWords.filter((r) => s(r, 'role') === 'before-year').map((r) => s(r, 'word'))),
    numberWords: new Set(t('numberWords').map((r) => s(r, 'word'))),
  };
}

let cached: EnglishLexicon | undefined;

/** The bundled English lexicon, loaded on the first English sentence. */
export function getEnglishLexicon(): EnglishLexicon {
  return (cached ??= loadEnglishLexicon());
}
