/**
 * solieu: every quantified claim in Vietnamese text, as typed records.
 *
 *     import { extract } from 'solieu';
 *     extract('Có 94 xã, phường đăng ký, tỷ lệ đạt trên 98%.');
 */
export { extract, extractBatches } from './pipeline/index.js';
export { normalizeText as normalize } from './pipeline/01-normalize.js';
export { parseNumber } from './numbers/parse-number.js';
export { SolieuError, type ErrorCode } from './errors.js';
export { segmentWords, tagWords, type TaggedWord, type Word } from './segment/index.js';
export { extractMany, type ExtractManyOptions } from './batch/extract-many.js';
export { removeSpill } from './batch/process-document.js';
export { extractDocument, type ExtractedDocument } from './batch/extract-document.js';
export { compareClaims, compareValues, PAIR_STATUSES, type ClaimPair, type Comparison, type PairStatus } from './compare/index.js';
export { annotateText, annotationLegend, type AnnotateOptions } from './annotate/annotate.js';
export { renderReport, type ReportDocument, type ReportOptions } from './report/index.js';
export { checkClaims, CHECK_RULES, type CheckRule, type CheckWarning } from './check/index.js';
export type { BatchDocument, DocumentResult, DocumentFailure } from './batch/document.js';
export { findFiles } from './batch/find-files.js';
export { DOCUMENT_EXTENSIONS, INPUT_TYPES, type InputType } from './formats/detect-type.js';
export { ENCODINGS, type Encoding } from './formats/decode-text.js';
export { readDocument, type ReadOptions } from './formats/read-document.js';
export type { SourceText, SourcePlace, SourceMeta } from './formats/source-text.js';
export { jsonlDocuments, type JsonlFields } from './batch/jsonl-documents.js';
export {
  createWriter, writeRecords, formatValue, parseFields, FORMATS, RECORD_FIELDS, OPTIONAL_FIELDS,
  type Format, type RecordField, type Writer, type WriterOptions,
} from './writers/index.js';
export { scoreDocuments, formatScore, tokenF1, type Score, type ScoredDocument } from './eval/score.js';
export { occurrences, parseGold, resolveGold, type GoldClaim } from './eval/gold.js';
export {
  ALL_KINDS, METRIC_KINDS, NON_METRIC_KINDS, QUALIFIERS,
  type Change, type ClaimRecord, type ExtractOptions, type Kind, type MetricKind, type NonMetricKind, type Qualifier,
} from './types.js';
