import { KIND_COLORS } from './kinds.js';

// Every kind's colours as two custom properties on its class, so highlights, chips, swatches,
// bars and the pop-up's top border all take them from one place (a highlight of a kind
// without colours falls back to grey rather than vanishing).
const KIND_RULES = Object.entries(KIND_COLORS)
  .map(([kind, c]) => `.k-${kind}{--kind-ink:${c.ink};--kind-tint:${c.tint}}`)
  .join('\n');

// A system font stack only: the report must open offline, and each of these fonts has the
// Vietnamese letters with stacked diacritics (ắ, ệ, ữ). `overflow-wrap: anywhere` on the body
// lets long unbroken strings (URLs, file names) wrap on a phone instead of widening the page;
// table cells opt out, because there the box scrolls instead. `hidden` hides whatever display
// a class gives (the pager and the document picker are flex boxes the script shows and hides).
const BASE = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--accent:#0969da;color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;overflow-wrap:anywhere;
  font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif}
.page-head,main{max-width:76rem;margin:0 auto;padding:0 1rem}
.page-head{padding-top:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
.muted{color:var(--muted)}
.toc{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
a{color:var(--accent)}
button,input,select{font:inherit}
button{cursor:pointer;border:1px solid var(--line);background:var(--panel);border-radius:6px;padding:.2rem .6rem;color:inherit}
button:hover{border-color:var(--muted)}
`;

const HIGHLIGHTS = `
mark.claim{background:var(--kind-tint,#eee);color:inherit;border-bottom:2px solid var(--kind-ink,#777);border-radius:3px;
  padding:0 .1em;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.claim:hover,mark.claim:focus-visible,mark.claim.active{outline:2px solid var(--kind-ink);outline-offset:1px}
.flash{animation:flash 1.8s ease-out}
@keyframes flash{0%,45%{box-shadow:0 0 0 5px var(--kind-ink,#f0b400)}100%{box-shadow:0 0 0 0 transparent}}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:var(--kind-tint);
  border:2px solid var(--kind-ink);vertical-align:-.1em;margin-right:.3em}
.kind-chip{background:var(--kind-tint);border-left:3px solid var(--kind-ink);padding:0 .35em;border-radius:3px;white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:.4rem 0;margin:0;background:#fff}
.doc-text{white-space:pre-wrap;max-width:48rem;line-height:1.7}
.doc-meta{margin:0 0 .5rem}
.doc-picker{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.75rem 0}
.doc-picker label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);flex:1 1 16rem;max-width:40rem}
.doc-picker select{color:var(--ink);width:100%;padding:.2rem .3rem;border:1px solid var(--line);border-radius:6px}
@media screen{.doc-text{max-height:70vh;overflow:auto;padding-right:.5rem;border-bottom:1px solid var(--line)}}
.warning{color:#9a3412}
@media (min-width:48rem){.legend{position:sticky;top:0;z-index:2;border-bottom:1px solid var(--line)}}
`;

// The table scrolls inside its own box (both ways, so the sticky header stays in view);
// the page itself never becomes wider than the phone.
const TABLE = `
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.5rem 0}
.controls>label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);max-width:100%}
.controls>label>select,.controls>label>input{color:var(--ink);max-width:min(100%,18rem);padding:.2rem .3rem;border:1px solid var(--line);border-radius:6px}
.controls input[type=search]{width:16rem}
fieldset.kinds{border:1px solid var(--line);border-radius:6px;padding:.2rem .5rem;margin:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
fieldset.kinds legend{font-size:.85rem;color:var(--muted);padding:0 .25rem}
fieldset.kinds label{display:inline-flex;flex-direction:row;align-items:center;gap:.2rem;color:var(--ink);font-size:.9rem}
.row-count{margin:.25rem 0;font-size:.9rem}
.table-box{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:6px;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;overflow-wrap:normal}
thead th{position:sticky;top:0;background:var(--panel);z-index:1}
th button{border:0;background:none;padding:0;font-weight:600;white-space:nowrap}
.sort-mark{display:inline-block;width:1em;color:var(--muted)}
th[aria-sort=ascending] .sort-mark,th[aria-sort=descending] .sort-mark{color:var(--accent)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.wide{min-width:12rem;max-width:26rem}
td.name{min-width:12rem;max-width:18rem}
.nowrap,td.nowrap{white-space:nowrap}
.pager{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.5rem 0;font-size:.9rem}
.pager button:disabled{opacity:.45;cursor:default}
#page-info{padding:0 .4rem;font-variant-numeric:tabular-nums}
tbody tr{cursor:pointer}
tbody tr:hover,tbody tr:focus{background:#eef4fc;outline:none}
tbody tr.unplaced{cursor:default}
tbody tr.flash{--kind-ink:#f0b400}
`;

const CHARTS = `
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem 2.5rem}
.chart{margin:0}
.chart figcaption{font-weight:600;margin-bottom:.25rem}
.bars{list-style:none;padding:0;margin:0}
.bars li{display:grid;grid-template-columns:minmax(4rem,10rem) 1fr 2.5rem;gap:.5rem;align-items:center;font-size:.9rem}
.bar-track{height:.95rem}
.bar{display:block;height:100%;min-width:2px;background:var(--kind-tint);border:1px solid var(--kind-ink);border-radius:3px}
.bar-count{text-align:right;font-variant-numeric:tabular-nums}
.unit-bar{--kind-ink:#475569;--kind-tint:#cbd5e1}
`;

const POPUP = `
.popup{position:absolute;z-index:10;width:min(24rem,calc(100vw - 1rem));background:#fff;border:1px solid var(--line);
  border-top:5px solid var(--kind-ink,var(--accent));border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:.5rem .8rem .7rem;font-size:.9rem;max-height:70vh;overflow:auto}
.popup-head{display:flex;align-items:baseline;gap:.5rem}
.popup-value{font-size:1.25rem;font-weight:700;font-variant-numeric:tabular-nums}
.popup dd.muted{color:var(--muted)}
.popup-close{margin-left:auto;border:0;background:none;font-size:1.3rem;line-height:1;padding:0 .25rem}
.popup dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.4rem 0}
.popup dt{color:var(--muted)}
.popup dd{margin:0}
`;

const COMPARISON = `
.status-counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
.status-counts li{border:1px solid var(--line);border-left:4px solid var(--status);padding:.2rem .6rem;border-radius:4px}
.s-disagree{--status:#cf222e}.s-rounded{--status:#bf8700}.s-agree{--status:#1a7f37}.s-only-a,.s-only-b{--status:#6e7781}
.status-group summary{cursor:pointer}
.status-group summary h3{display:inline;color:var(--status)}
.status-group{margin:1rem 0}
@media screen{.status-group .pairs{max-height:70vh;overflow:auto}}
.pairs{list-style:none;padding:0;margin:0}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.25rem 1.25rem;border:1px solid var(--line);border-left:4px solid var(--status);
  border-radius:6px;padding:.5rem .75rem;margin:.5rem 0;break-inside:avoid}
.pair p{margin:0}
.side-tag{font-weight:700;color:var(--muted)}
.pair-value{font-weight:700;font-variant-numeric:tabular-nums}
.pair-meta{grid-column:1/-1;color:var(--muted);font-size:.85rem}
blockquote{margin:.25rem 0;padding-left:.6rem;border-left:3px solid var(--line);font-size:.92rem}
mark.in-sentence{background:#fff0a8;color:inherit}
.goto{font-size:.8rem}
@media (max-width:40rem){.pair{grid-template-columns:1fr}}
`;

// Printing keeps the colours (they carry the kinds), drops what cannot be clicked on paper,
// and lets the table run over pages instead of scrolling.
const SCREEN_AND_PRINT = `
@media (max-width:40rem){
  body{font-size:15px}
  h1{font-size:1.35rem}
  .controls>label{flex:1 1 100%}
  .controls>label>select,.controls>label>input,.controls input[type=search]{width:100%;max-width:100%}
  td.num{text-align:left}
  td.name{min-width:6rem;max-width:8rem;font-size:.8rem}
  .doc-text{max-height:60vh}
}
@media (prefers-reduced-motion:reduce){.flash{animation-duration:.01s}}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{font-size:10.5pt}
  .controls,.toc,.popup,.goto,.pager,.doc-picker,noscript,#download-csv{display:none!important}
  .table-box{overflow:visible;max-height:none;border:0}
  thead th{position:static}
  table{font-size:8.5pt}
  th,td{padding:.2rem .3rem}
  td.wide{min-width:0}
  td.name{max-width:7rem}
  .sort-mark,.row-hint{display:none}
  tr,.pair,.chart{break-inside:avoid}
  .legend{position:static}
  a{color:inherit;text-decoration:none}
}
`;

/** The report's whole style sheet, inlined into its `<style>` element. */
export const REPORT_CSS = [BASE, KIND_RULES, HIGHLIGHTS, TABLE, CHARTS, POPUP, COMPARISON, SCREEN_AND_PRINT].join('\n');
