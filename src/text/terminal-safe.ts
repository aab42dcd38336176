// A terminal obeys what it is sent: an article, a file name or a record read back from JSON can
// carry an escape sequence that retitles the window (OSC 0), hides a link behind a word (OSC 8),
// recolours or clears the screen, or a bidi override (U+202E) that shows "exe.txt" for
// "txt.exe". Text solieu did not write itself goes through `makeTerminalSafe` on its way to one.

/**
 * An escape sequence, whole: CSI (`ESC [ … final`: colours, cursor moves), OSC (`ESC ] …` up to
 * BEL or ST: titles, links), DCS/SOS/PM/APC (`ESC P|X|^|_ …` up to ST), and the short ones
 * (`ESC c`, `ESC ( B`). A CSI cut short (a clipped cell) is matched as far as it goes; a string
 * sequence without its terminator on its line loses only `ESC ]`, so no text goes with it.
 */
export const ESCAPE_SEQUENCE = '\\x1b(?:\\[[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?|[\\]PX^_][^\\x07\\x1b\\x9c\\n]*(?:\\x07|\\x9c|\\x1b\\\\)|[\\x20-\\x2f]*[\\x30-\\x7e]?)';

// C0 controls but tab and line feed, DEL, C1 controls (U+009B and U+009D open sequences too), and
// the bidi controls that reorder what follows them: embeddings, overrides, isolates, marks.
const CONTROL = '[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';

const UNSAFE = new RegExp(`${ESCAPE_SEQUENCE}|${CONTROL}`, 'g');
const ANY_UNSAFE = new RegExp(CONTROL);

/** `\u202e`: the character's JSON escape, so a JSON line stays the same JSON and a reader sees what was there. */
const placeholderOf = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` as a terminal can show it without obeying it: each escape sequence, whole, and each
 * control character (but tab and line feed) or bidi control becomes the visible escape of its
 * first character (`\u001b`, `\u202e`). Idempotent; text without them comes back as it is.
 */
export function makeTerminalSafe(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, placeholderOf);
}
