import type { TableSchema } from '../lexicon/parse-tsv.js';

// The tables of `dictionaries/check/` (described in `dictionaries/README.md`): their roles and columns.

export const PERCENT_ROLES = ['share', 'growth', 'comparison', 'rate'] as const;
/** What the words around a percentage make of it (`dictionaries/check/percent-context.tsv`). */
export type PercentRole = (typeof PERCENT_ROLES)[number];

export const TOTAL_ROLES = ['total', 'breakdown', 'colon', 'list-end', 'share-link', 'own-whole', 'joiner', 'lead-in', 'shares', 'shares-colon'] as const;
/** How a word takes part in "a total and its parts" (`dictionaries/check/total-markers.tsv`). */
export type TotalRole = (typeof TOTAL_ROLES)[number];

export const RATIO_ROLES = ['load', 'label', 'restate'] as const;
/** Why "X/Y" with X above Y is no inconsistency, or which words restate it (`dictionaries/check/ratio-context.tsv`). */
export type RatioRole = (typeof RATIO_ROLES)[number];

export const GENERIC_KINDS = ['count', 'measure'] as const;
/** The kinds `dictionaries/check/generic-units.tsv` lists units for. */
export type GenericKind = (typeof GENERIC_KINDS)[number];

/** Which side of a figure a phrase of `percent-context.tsv` is looked for on. */
export type Side = 'before' | 'after';

export const PERCENT_SCHEMA: TableSchema = {
  file: 'check/percent-context.tsv',
  columns: [
    { name: 'phrase', type: 'text' },
    { name: 'role', type: 'enum', values: PERCENT_ROLES },
    { name: 'where', type: 'enum', values: ['before', 'after', 'around'] },
  ],
  key: ['phrase', 'role'],
};
export const TOTAL_SCHEMA: TableSchema = {
  file: 'check/total-markers.tsv',
  columns: [{ name: 'phrase', type: 'text' }, { name: 'role', type: 'enum', values: TOTAL_ROLES }],
  key: ['phrase', 'role'],
};
export const RATIO_SCHEMA: TableSchema = {
  file: 'check/ratio-context.tsv',
  columns: [{ name: 'phrase', type: 'text' }, { name: 'role', type: 'enum', values: RATIO_ROLES }],
  key: ['phrase'],
};

export const SIGNED_SCHEMA: TableSchema = { file: 'check/signed-amounts.tsv', columns: [{ name: 'phrase', type: 'text' }], key: ['phrase'] };
export const GENERIC_SCHEMA: TableSchema = {
  file: 'check/generic-units.tsv',
  columns: [{ name: 'unit', type: 'text' }, { name: 'kind', type: 'enum', values: GENERIC_KINDS }],
  key: ['unit', 'kind'],
};
