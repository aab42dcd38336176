// The stand-alone occurrence rule of the labels (README.md; documented in check-labels.mjs):
// shared by the label checker and scripts/eval-compare.mjs.
const isDigit = (c) => c !== undefined && /[0-9]/.test(c);
const isLetter = (c) => c !== undefined && /[\p{L}\p{M}]/u.test(c);
const isAlnum = (c) => isDigit(c) || (c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c));

export function standaloneOccurrences(text, num) {
  const out = [];
  if (!num) return out;
  let i = text.indexOf(num);
  while (i !== -1) {
    const j = i + num.length;
    const b1 = text[i - 1];
    const b2 = text[i - 2];
    const a1 = text[j];
    const a2 = text[j + 1];
    let ok = true;
    if (b1 !== undefined) {
      if (isAlnum(b1)) ok = false;
      else if ('.,:'.includes(b1) && isDigit(b2)) ok = false;
      else if ('-–/'.includes(b1) && isAlnum(b2)) ok = false;
    }
    if (a1 !== undefined) {
      if (isDigit(a1)) ok = false;
      else if ('.,/:-–'.includes(a1) && isDigit(a2)) ok = false;
      else if (isLetter(num[num.length - 1]) && isLetter(a1)) ok = false;
    }
    if (ok) out.push(i);
    i = text.indexOf(num, i + 1);
  }
  return out;
}

