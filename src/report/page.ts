import { createHash } from 'node:crypto';
import { REPORT_SCRIPT } from './browser/index.js';
import { escapeHtml } from './html.js';
import type { ReportStrings } from './strings/index.js';
import { REPORT_CSS } from './styles.js';

/** The rendered pieces of a report, each already safe HTML (or, for `dataJson`, embeddable JSON). */
export interface PageParts {
  title: string;
  subtitle: string;
  hasComparison: boolean;
  overview: string;
  comparison: string;
  claims: string;
  documents: string;
  dataJson: string;
}

// The policy lets the page load nothing from anywhere and run only its own script (by hash):
// were a hostile text ever to slip past escaping, its script would still not run and nothing
// could leave the reader's machine. Inline styles stay allowed for the chart bars' widths.
const SCRIPT_HASH = createHash('sha256').update(REPORT_SCRIPT, 'utf8').digest('base64');
const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

/** The whole page in the interface's language: head, sections in reading order, the embedded data, then the script that uses it. */
export function renderPage(parts: PageParts, s: ReportStrings): string {
  const link = (id: string, label: string) => `<a href="#${id}">${escapeHtml(label)}</a>`;
  const nav = [link('overview', s.sections.overview), parts.hasComparison ? link('comparison', s.sections.comparison) : '',
    link('claims', s.sections.claims), link('documents', s.sections.texts)].join('');
  return `<!doctype html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="solieu">
<title>${escapeHtml(parts.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="page-head"><h1>${escapeHtml(parts.title)}</h1><p class="muted">${parts.subtitle}</p><nav class="toc">${nav}</nav></header>
<main>
<section id="overview"><h2>${escapeHtml(s.sections.overview)}</h2>${parts.overview}</section>
${parts.comparison}
${parts.claims}
${parts.documents}
</main>
<div id="claim-popup" class="popup" role="dialog" aria-label="${escapeHtml(s.popup.label)}" hidden></div>
<script type="application/json" id="report-data">${parts.dataJson}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
