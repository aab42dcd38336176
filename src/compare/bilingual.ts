import { SolieuError } from '../errors.js';
import { DEFAULT_DICTIONARY_DIR, readDictionaryTable } from '../lexicon/load.js';
import type { TableSchema } from '../lexicon/parse-tsv.js';

const SCHEMA: TableSchema = {
  file: 'english/bilingual-units.tsv',
  columns: [{ name: 'english', type: 'text' }, { name: 'vietnamese', type: 'text' }],
  key: ['english', 'vietnamese'],
};

let table: Map<string, string[]> | undefined;

/** English units → their Vietnamese renderings, read once from `dictionaries/english/bilingual-units.tsv`. */
function bilingualUnits(dir: string = DEFAULT_DICTIONARY_DIR): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  for (const row of readDictionaryTable(dir, SCHEMA)) {
    const english = row.english as string;
    if (english !== english.toLowerCase()) throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${SCHEMA.file}: \`${english}\` must be lower case`, SCHEMA.file);
    table.set(english, [...(table.get(english) ?? []), row.vietnamese as string]);
  }
  return table;
}

/**
 * The Vietnamese an English unit is written as ("international visitors" → "lượt khách quốc
 * tế", "khách"…): the whole unit if the table has it, else its last word (the head noun:
 * "new businesses" → "doanh nghiệp"). Empty when the table knows neither.
 */
export function vietnameseUnits(english: string): string[] {
  const units = bilingualUnits();
  const lower = english.toLowerCase().trim();
  return units.get(lower) ?? units.get(lower.split(/\s+/).at(-1) ?? '') ?? [];
}
