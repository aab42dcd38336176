import { describe, expect, it } from 'vitest';
import { annotateText } from '../src/annotate/annotate.js';
import { terminalSafeStream } from '../src/cli/safe-stderr.js';
import { createProgress } from '../src/cli/progress.js';
import { extract, normalize, writeRecords, type ClaimRecord } from '../src/index.js';
import { makeTerminalSafe } from '../src/text/terminal-safe.js';
import { alignRows } from '../src/writers/align.js';
import { writeRows } from '../src/writers/rows.js';
import { runCli } from './helpers/cli.js';

// What a hostile text or file name can hold: a window title, a hidden link, a colour, a bidi
// override that shows "exe.txt" for "txt.exe", a carriage return that overwrites the line.
const TITLE = '\u001b]0;PWNED\u0007';
const LINK = '\u001b]8;;http://evil.example\u001b\\bấm vào\u001b]8;;\u001b\\';
const RED = '\u001b[31m';
const BIDI = '\u202e';

/** Anything a terminal would obey: a C0 control but tab and line feed, DEL, a C1 control, a bidi control. */
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The same, but the colour codes solieu writes itself (ESC [ … m). */
const OBEYED_BUT_COLOURS = (s: string) => OBEYED.test(s.replace(/\u001b\[[0-9;]*m/g, ''));

describe('makeTerminalSafe', () => {
  const table: [string, string, string][] = [
    ['a window title, whole', `a${TITLE}b`, 'a\\u001bb'],
    ['a hyperlink: its text stays, the link goes', `x${LINK}y`, 'x\\u001bbấm vào\\u001by'],
    ['a colour', `${RED}đỏ\u001b[0m`, '\\u001bđỏ\\u001b'],
    ['a CSI cut short', 'cắt \u001b[3', 'cắt \\u001b'],
    ['a title without its end: only ESC ] goes, no text with it', 'a \u001b]0;tiêu đề', 'a \\u001b0;tiêu đề'],
    ['a bidi override', `evil${BIDI}txt.exe`, 'evil\\u202etxt.exe'],
    ['isolates and marks', '\u2066a\u2069\u200e\u061c', '\\u2066a\\u2069\\u200e\\u061c'],
    ['carriage return, NUL, DEL, C1', '\r\u0000\u007f\u0085\u009b31m', '\\u000d\\u0000\\u007f\\u0085\\u009b31m'],
  ];
  for (const [name, input, expected] of table) it(name, () => expect(makeTerminalSafe(input)).toBe(expected));

  // must not change:
  const untouched = ['Có 94 xã, tỷ lệ đạt 96,6%.', 'tab\tand\nnewline', 'ắằẳẵặ đ Đ “quote” – … ⟨⟩', '\\u001b as text', ''];
  for (const text of untouched) it(`leaves ${JSON.stringify(text)} as it is`, () => expect(makeTerminalSafe(text)).toBe(text));

  it('is idempotent, and what it returns holds nothing a terminal obeys', () => {
    for (const [, input] of table) {
      const safe = makeTerminalSafe(input);
      expect(makeTerminalSafe(safe)).toBe(safe);
      expect(safe).not.toMatch(OBEYED);
    }
  });
});

describe('normalize: escape sequences and control characters are no text', () => {
  it('reads no figure from a colour code or a title ("\\e[31m" is not 31 m)', () => {
    const text = normalize(`Dân số ${RED}tăng${'\u001b[0m'} 5% ${TITLE}và ${LINK} có 12 xã.`);
    expect(text).toBe('Dân số tăng 5% và bấm vào có 12 xã.');
    expect(extract(text).map((r) => r.text)).toEqual(['5%', '12']);
  });
  it('keeps offsets into the text it returns', () => {
    const raw = `${RED}Có\u0000 94 xã\u0085,\f tăng 12%.`;
    const text = normalize(raw);
    for (const r of extract(raw)) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
  it('turns vertical tab and form feed into spaces, drops NUL, DEL and C1; keeps tab and line feed', () => {
    expect(normalize('a\vb\fc\u0000d\u007fe\u0090f\tg\nh')).toBe('a b cdef\tg\nh');
  });
  it('must not change text without them', () => {
    const plain = 'Có 94 xã, tỷ lệ đạt 96,6%.\nDòng hai\tcột.';
    expect(normalize(plain)).toBe(plain);
  });
});

describe('the table: cells shown, not obeyed; CSV and JSON exact', () => {
  const [record] = extract('Có 12 xã.');
  const hostile: ClaimRecord = { ...record!, file: `tin${TITLE}${BIDI}.txt`, unit: `xã${RED}`, subject: `a${LINK}`, sentence: `câu\r${TITLE}` };

  it('makes every cell safe, with or without colour', () => {
    const fields = ['file', 'unit', 'subject', 'sentence'] as const;
    for (const color of [false, true]) {
      const table = writeRecords([hostile], 'table', { fields: [...fields], color });
      expect(OBEYED_BUT_COLOURS(table)).toBe(false);
      expect(table).toContain('\\u202e');
      expect(table).not.toContain('PWNED');
    }
    expect(writeRecords([hostile], 'table', { color: true })).toMatch(/\u001b\[\d+m/); // solieu's own colours stay
  });
  it('keeps CSV and JSON exact', () => {
    expect(writeRecords([hostile], 'csv')).toContain(hostile.file);
    expect(JSON.parse(writeRecords([hostile], 'json'))[0]).toEqual(hostile);
  });
  it('makes the rows of check, compare and stats safe too (the last column is not clipped)', () => {
    const out = writeRows([{ file: `x${BIDI}`, message: `m${TITLE}\nnext` }], ['file', 'message'], 'table');
    expect(out).not.toMatch(OBEYED);
    expect(out.trimEnd().split('\n')).toHaveLength(2); // a line break in a cell does not break the table
  });
  it('aligns by what is shown', () => {
    expect(alignRows(['a', 'b'], [[`${BIDI}x`, 'y']])).toEqual(['a        b', '\\u202ex  y']);
  });
});

describe('annotate: the text shown, not obeyed', () => {
  const text = `Có 12 xã ${BIDI}và 30 người.`;
  const records = extract(text);
  it('without colour', () => {
    const out = annotateText(text, records, { color: false });
    expect(out).toBe('Có [12 | count 12] xã \\u202evà [30 | count 30] người.\n');
  });
  it('with colour: only its own colour codes', () => {
    const out = annotateText(`${RED}${text}`, records.map((r) => ({ ...r, start: r.start + RED.length, end: r.end + RED.length })), { color: true });
    expect(OBEYED_BUT_COLOURS(out)).toBe(false);
    expect(out).toContain('\\u202e');
    expect(out.startsWith('\\u001b')).toBe(true);
  });
});

describe('stderr: every line shown, not obeyed', () => {
  const name = `bad${TITLE}${BIDI}txt.txt`;

  it('names a missing file without its escape sequence or bidi override', async () => {
    const run = await runCli(['extract', name, '-f', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad\\u001b\\u202etxt.txt');
    expect(run.stderr).not.toMatch(OBEYED);
  });
  it('annotate and check name it safely too', async () => {
    for (const command of ['annotate', 'check']) {
      const run = await runCli([command, name]);
      expect(run.stderr).toContain('\\u202e');
      expect(run.stderr).not.toMatch(OBEYED);
    }
  });
  it('keeps --summary-json on stderr the same JSON', async () => {
    const run = await runCli(['extract', name, '-f', 'csv', '--summary-json', '-j', '1']);
    const json = run.stderr.split('\n').find((l) => l.startsWith('{'))!;
    expect(run.stderr).not.toMatch(OBEYED);
    expect(JSON.parse(json).failures[0].name).toBe(name);
  });
  it('a usage error quoting the command line', async () => {
    const run = await runCli(['extract', `--${RED}x`]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(OBEYED);
  });
  it('the stream keeps isTTY, and the progress bar writes lines above it safely', () => {
    let written = '';
    const stream = { write: (s: string) => (written += s), isTTY: true };
    expect(terminalSafeStream(stream).isTTY).toBe(true);
    const progress = createProgress(stream, 2);
    progress.log(`solieu: ${name}: not found\n`);
    progress.stop();
    expect(written).toContain('bad\\u001b\\u202etxt.txt');
    expect(written).not.toContain('PWNED');
    expect(written).not.toContain(BIDI);
  });
});
