import type { Comparison } from '../compare/types.js';
import { SolieuError } from '../errors.js';
import type { ClaimRecord } from '../types.js';
import { renderCharts } from './charts.js';
import { renderClaimsSection } from './claims-table.js';
import { renderComparison } from './comparison.js';
import { buildReportData } from './data.js';
import { renderDocuments } from './documents.js';
import { placeClaims } from './highlight.js';
import { embedJson, escapeHtml } from './html.js';
import { renderPage } from './page.js';
import { countOf, fillTemplate, stringsOf, type ReportLanguage, type ReportStrings } from './strings/index.js';
import { documentTitle } from './titles.js';

export type { ReportLanguage } from './strings/index.js';

/** One document of a report: its name, the normalized text its records' offsets refer to, and its records. */
export interface ReportDocument {
  /** The path it was read from, as given: shown on hover; the page names the document by its title. */
  name: string;
  /** Its title (an HTML page's, a PDF's or DOCX's meta data); else the records' `title`. */
  title?: string;
  /** Its id in a collection (JSON Lines); else the records' `doc_id`. Named by it when it has no title. */
  id?: string | number;
  /** The text as `normalize()` returns it: record `start`/`end` are UTF-16 offsets into it. */
  text: string;
  records: ClaimRecord[];
}

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The page's title and heading. Default "solieu report". */
  title?: string;
  /** Two documents' claims aligned: adds a "Comparison" section. */
  comparison?: Comparison;
  /** When the report was made, shown as given (the renderer reads no clock, so output is reproducible). */
  generatedAt?: string;
  /** The language of the page's own words (headings, filters, pop-ups, counts): `vi` or `en`. Default `en`. */
  ui?: ReportLanguage;
}

interface ResolvedReportOptions {
  title: string;
  comparison: Comparison | null;
  generatedAt: string | null;
  strings: ReportStrings;
}

function resolveOptions(options: ReportOptions): ResolvedReportOptions {
  if (options.ui !== undefined && options.ui !== 'vi' && options.ui !== 'en') {
    throw new SolieuError('INVALID_OPTION', `option \`ui\` must be vi or en, got "${String(options.ui)}"`);
  }
  const strings = stringsOf(options.ui ?? 'en');
  return {
    title: options.title ?? strings.defaultTitle,
    comparison: options.comparison ?? null,
    generatedAt: options.generatedAt ?? null,
    strings,
  };
}

// A compared claim is the same object as a document's record when the caller compared what
// it reports; otherwise it is found by file, id and offset.
// (The embedded records are copies when their sentence became a place in the text: the
// documents' own records are the objects compared.)
function findClaim(documents: readonly ReportDocument[]): (r: ClaimRecord) => number | undefined {
  const key = (r: Pick<ClaimRecord, 'file' | 'id' | 'start'>) => `${r.file}\u0000${r.id}\u0000${r.start}`;
  const records = documents.flatMap((d) => d.records);
  const byObject = new Map(records.map((r, i) => [r, i]));
  const byKey = new Map(records.map((r, i) => [key(r), i]));
  return (r) => byObject.get(r) ?? byKey.get(key(r));
}

function renderSubtitle(documentCount: number, claimCount: number, generatedAt: string | null, s: ReportStrings): string {
  const parts = [countOf(documentCount, s.subtitle.documents, s), countOf(claimCount, s.subtitle.claims, s)];
  const generated = generatedAt ? ` · <span class="nowrap">${escapeHtml(fillTemplate(s.subtitle.generated, { at: generatedAt }))}</span>` : '';
  return escapeHtml(parts.join(' · ')) + generated;
}

// A comparison names its documents as given; the page calls them by the titles it shows elsewhere.
function titleFinder(documents: readonly ReportDocument[]): (name: string) => string {
  const titles = new Map(documents.map((d) => [d.name, documentTitle(d)]));
  return (name) => titles.get(name) ?? documentTitle({ name, records: [] });
}

/**
 * One self-contained HTML page (inline style and script, no network) showing the claims of
 * one or many documents: each text with its claims highlighted and explained on hover or
 * tap, a sortable, filterable table that downloads as CSV, charts by kind and unit, and,
 * given a comparison, its pairs by status. Pure: no files, no clock.
 */
export function renderReport(documents: readonly ReportDocument[], options: ReportOptions = {}): string {
  try {
    return renderPageOf(documents, options);
  } catch (error) {
    // The page grows with the texts and their claims; past about 500 million characters no
    // JavaScript string holds it (a few MB of text that is nothing but figures).
    if (!(error instanceof RangeError && /string length/i.test(error.message))) throw error;
    const claims = documents.reduce((sum, d) => sum + d.records.length, 0);
    throw new SolieuError('INPUT_TOO_LARGE', `report: a page of ${documents.length} document(s) with ${claims} claims is larger than one string can hold; report fewer documents at a time`);
  }
}

function renderPageOf(documents: readonly ReportDocument[], options: ReportOptions): string {
  const resolved = resolveOptions(options);
  const s = resolved.strings;
  const spans = documents.map((d) => placeClaims(d.text, d.records));
  const data = buildReportData(documents, spans, s);
  return renderPage({
    title: resolved.title,
    subtitle: renderSubtitle(documents.length, data.claims.length, resolved.generatedAt, s),
    hasComparison: resolved.comparison !== null,
    overview: renderCharts(data, s),
    comparison: resolved.comparison ? renderComparison(resolved.comparison, findClaim(documents), titleFinder(documents), s) : '',
    claims: renderClaimsSection(data.claims.length, documents.length > 1, s),
    documents: renderDocuments(documents, spans, data, s),
    dataJson: embedJson(data),
  }, s);
}
