/**
 * The pre-tokenizer of vntk 1.4.4 (`lib/tokenizer/regex_tokenizer.js`), reproduced expression
 * for expression: vntk's models were trained on its tokens, so the segmenter must see the
 * same ones ("15/63" and "TP." are one token there, "hơn40năm" too). The same order of
 * alternatives, the same character classes, no `u` flag.
 */
const LETTERS =
  'aáàạảãăắằặẳẵâấầậẩẫbcdđeéèẹẻẽêếềệểễfghiíìịỉĩjklmnoóòọỏõôồốộổỗơớờợởỡpqrstuúùụủũưứừựửữvwxyýỳỵỷỹz' +
  'AÁÀẠẢÃĂẮẰẶẲẴÂẤẦẬẨẪBCDĐEÉÈẸẺẼÊẾỀỆỂỄFGHIÍÌỊỈĨJKLMNOÓÒỌỎÕÔỐỒỘỔỖƠỚỜỢỞỠPQRSTUÚÙỤỦŨƯỨỪỰỬỮVWXYÝỲỴỶỸZ0-9';

const digit = '\\d+([\\.,_]\\d+)+';
const email = '(^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\\.[a-zA-Z0-9-.]+$)';
const web = '^(http[s]?://)?(?:[a-zA-Z]|[0-9]|[$-_@.&+]|[!*\\(\\),]|(?:%[0-9a-fA-F][0-9a-fA-F]))+$';
const word = `[${LETTERS}]+`;
const nonWord = `[^${LETTERS}\\s]`;
const specials = ['==>', '->', '\\.\\.\\.', '>>'];
const datetime = ['\\d{1,2}\\/\\d{1,2}(\\/\\d+)?', '\\d{1,2}-\\d{1,2}(-\\d+)?'];
const abbreviations = ['[A-ZĐ]+\\.', 'Tp\\.', 'Mr\\.', 'Mrs\\.', 'Ms\\.', 'Dr\\.', 'ThS\\.'];

const PATTERN = `(${[...abbreviations, ...specials, web, email, ...datetime, digit, nonWord, word].join('|')})`;

/** A token of vntk's tokenizer and where it starts in the text. */
export interface VntkToken {
  text: string;
  start: number;
}

/** The tokens vntk's `tokenizer.tokenize(text)` gives, with their offsets in `text`. */
export function tokenizeLikeVntk(text: string): VntkToken[] {
  const regex = new RegExp(PATTERN, 'g');
  const tokens: VntkToken[] = [];
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    tokens.push({ text: m[0], start: m.index });
  }
  return tokens;
}
