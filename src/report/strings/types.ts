import type { PairStatus } from '../../compare/types.js';
import type { Change, Kind, Qualifier, Status } from '../../types.js';

/** The languages a report's interface is written in. */
export type ReportLanguage = 'vi' | 'en';

/** Record fields the page names: the table's columns and the pop-up's rows. */
export type FieldName = 'doc' | 'line' | 'kind' | 'value' | 'qualifier' | 'change' | 'status' | 'unit' | 'subject' | 'text' | 'time' | 'source' | 'sentence';

/** A count and its noun: `[one, many]` ("1 claim", "2 claims"); Vietnamese writes both alike. */
export type Plural = [one: string, many: string];

/**
 * Every word the report page shows that does not come from the documents, in one language.
 * `{name}` marks where a value goes (`fillTemplate`). Plain JSON: the page's script receives
 * the same table in its data, so the texts it builds (pop-up, pager, filters) agree with the
 * ones rendered in Node.
 */
export interface ReportStrings {
  /** `<html lang>`. */
  lang: ReportLanguage;
  /** The Intl locale of the counts the page writes (`1.234` in vi, `1,234` in en). */
  locale: string;
  /** A percentage of the interface (similarity, a relative difference): `{n} %` or `{n}%`. */
  percent: string;
  /** Scale words amounts are written with, largest first (`[1e9, 'tỷ']`): `2,5 tỷ` for 2500000000. */
  scales: [size: number, word: string][];
  defaultTitle: string;
  sections: { overview: string; comparison: string; claims: string; texts: string };
  subtitle: { documents: Plural; claims: Plural; generated: string };
  fields: Record<FieldName, string>;
  kinds: Record<Kind, string>;
  statuses: Record<Status, string>;
  qualifiers: Record<Qualifier, string>;
  changes: Record<Change, string>;
  /** `unit_norm` words that are English (calendar periods, imperial symbols), as a reader says them. */
  units: Record<string, string>;
  filters: {
    kinds: string; all: string; none: string;
    unit: string; allUnits: string; noUnit: string; otherUnits: string;
    status: string; allStatuses: string;
    document: string; allDocuments: string;
    search: string; searchPlaceholder: string;
    downloadCsv: string;
  };
  table: { needsScript: string; showing: string; hint: string; noRows: string; unplaced: string };
  pager: { label: string; first: string; previous: string; next: string; last: string; page: string; rows: string };
  popup: { label: string; close: string; toRow: string; hiddenByFilters: string };
  charts: { byKind: string; topUnits: string; noClaims: string };
  texts: { none: string; claims: Plural; notHighlighted: string; legend: string; picker: string; previous: string; next: string };
  comparison: {
    statuses: Record<PairStatus, string>;
    help: Record<PairStatus, string>;
    noCounterpart: string;
    line: string;
    showInText: string;
    similarity: string;
    unitsDiffer: string;
    /** A difference of two percentages, in percentage points. */
    points: string;
    /** `compare`'s "why" (`unit đồng/lít · shared: xăng · same figure`) in this language: its parts' lead words, then its value rules. */
    whyPrefixes: Record<string, string>;
    whyRules: Record<string, string>;
  };
}
