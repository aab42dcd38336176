// Everything a report shows comes from articles, file names and records that anyone can
// write: a page that pasted them in raw would run a hostile article's <script>. Every
// value goes through one of these two functions on its way into the page.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an element's content and for a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Inside <script type="application/json"> only "</script" or "<!--" could end the block
// early; escaping every "<" rules both out and JSON.parse reads "\u003c" back as "<".
// ">" and "&" go too so the block reads the same to any HTML tool; U+2028/2029 because
// older JavaScript engines treat them as line ends.
const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON that can stand inside a `<script type="application/json">` element. */
export function embedJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => JSON_ESCAPES[c]!);
}

/** A class name from a value that should be one of a few known words, so an unknown one cannot break the attribute. */
export function classToken(value: string): string {
  return value.replace(/[^a-z0-9_-]/gi, '_');
}
