import { EN } from './en.js';
import type { Plural, ReportLanguage, ReportStrings } from './types.js';
import { VI } from './vi.js';

export type { FieldName, ReportLanguage, ReportStrings } from './types.js';

const STRINGS: Record<ReportLanguage, ReportStrings> = { vi: VI, en: EN };

/** The page's words in `language`. */
export const stringsOf = (language: ReportLanguage): ReportStrings => STRINGS[language];

/** A template with its `{name}`s replaced; a name without a value stays as written, so a missing one shows. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// One formatter per locale: Intl builds them slowly, and a page writes hundreds of counts.
const COUNT_FORMATS = new Map<string, Intl.NumberFormat>();

/** A count as the interface's readers write it: `1.234` (vi), `1,234` (en). */
export function formatCount(n: number, s: ReportStrings): string {
  let format = COUNT_FORMATS.get(s.locale);
  if (!format) COUNT_FORMATS.set(s.locale, (format = new Intl.NumberFormat(s.locale)));
  return format.format(n);
}

/** `n` with its noun: "1 claim", "12 claims", "1.234 số liệu". */
export const countOf = (n: number, [one, many]: Plural, s: ReportStrings): string =>
  fillTemplate(n === 1 ? one : many, { n: formatCount(n, s) });

/** A word of a closed list (kind, status, qualifier, change) in the interface's language; an unknown one as it is. */
export const labelOf = (labels: Readonly<Record<string, string>>, value: string): string =>
  Object.prototype.hasOwnProperty.call(labels, value) ? labels[value]! : value;

/** A `unit_norm` as the reader says it: each part of `VND/người/year` in turn (`VND/người/năm`). */
export const unitLabel = (unit: string, s: ReportStrings): string =>
  unit.split('/').map((part) => labelOf(s.units, part)).join('/');
