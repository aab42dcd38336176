import type { Token } from '../../text/token.js';
import type { ClaimRecord } from '../../types.js';
import { decimalsOf, describe, formatNumber } from '../figures.js';
import type { CheckDocument, SentenceClaims } from '../document.js';
import { isStatedPercent } from '../percent-context.js';
import { itemsWithin } from '../search.js';
import { endOfNoun } from '../surroundings.js';
import { warning, type CheckWarning } from '../warning.js';

const JOINERS = new Set(['(', ',', ':', '-', '–', '—']);

/** Whether only punctuation and restating words stand between two figures. */
function onlyRestates(doc: CheckDocument, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length;) {
    if (JOINERS.has(tokens[i]!.text)) i++;
    else i = doc.dictionaries.ratio.restate.matchAt(tokens, i)?.end ?? -1;
    if (i === -1) return false;
  }
  return true;
}

/**
 * Whether `percent` restates `ratio` right beside it: "27/30 xã (90%)", "27/30 xã, đạt 90%",
 * "90% (27/30)". The ratio's unit may stand between them; nothing else may.
 */
function restates(doc: CheckDocument, sentence: SentenceClaims, ratio: ClaimRecord, percent: ClaimRecord): boolean {
  const [first, second] = ratio.start < percent.start ? [ratio, percent] : [percent, ratio];
  const from = (first === ratio ? endOfNoun(doc.text, ratio) : null) ?? first.end;
  const gap = itemsWithin(sentence.tokens, from, second.start);
  if (gap.length > 0 && onlyRestates(doc, gap)) return true;
  // "18/20 trường đạt chuẩn, đạt tỷ lệ 95%", "9/11 huyện đạt chuẩn mức độ 2 (đạt 88,9%)": the
  // ratio's own predicate, then a comma or bracket and the restating words — no other figure
  // (the records are neighbours) and no other clause between them.
  if (first !== ratio) return false;
  const comma = gap.findIndex((t) => t.text === ',' || t.text === '(');
  if (comma <= 0 || comma > MAX_PREDICATE || gap.slice(0, comma).some((t) => t.type === 'punct')) return false;
  const tail = gap.slice(comma + 1);
  return tail.length > 0 && onlyRestates(doc, tail);
}

/** Words of the ratio's own predicate before the comma that leads to its percentage. */
const MAX_PREDICATE = 14;

const isExactRatio = (r: ClaimRecord) =>
  r.kind === 'ratio' && r.denominator !== null && r.denominator > 0 && r.value <= r.denominator && r.value_max === null && r.qualifier === null;
const isExactPercent = (r: ClaimRecord) => isStatedPercent(r) && r.change === null && r.value_max === null && r.qualifier === null;

/**
 * `ratio-percent-mismatch`: "27/30 xã (đạt 95%)" — the percentage beside a ratio is not the
 * ratio (27/30 is 90%). It may be rounded or cut to its last digit ("2/3 (66%)" is right).
 */
export function findRatioPercentMismatches(doc: CheckDocument): CheckWarning[] {
  const warnings: CheckWarning[] = [];
  for (const sentence of doc.sentences) {
    const records = sentence.records;
    for (let i = 0; i + 1 < records.length; i++) {
      const [a, b] = [records[i]!, records[i + 1]!];
      const ratio = isExactRatio(a) ? a : isExactRatio(b) ? b : null;
      const percent = ratio === a ? b : a;
      if (!ratio || !isExactPercent(percent) || !restates(doc, sentence, ratio, percent)) continue;
      const actual = (ratio.value / ratio.denominator!) * 100;
      if (Math.abs(actual - percent.value) <= 10 ** -decimalsOf(percent.value) + 1e-9) continue;
      const share = `${formatNumber(Number(actual.toFixed(2)))}%`;
      const message = { en: `${describe(ratio)} is ${share}, not the ${describe(percent)} given beside it`, vi: `${describe(ratio)} là ${share}, không phải ${describe(percent)} như ghi bên cạnh` };
      warnings.push(warning('ratio-percent-mismatch', message, [ratio, percent]));
    }
  }
  return warnings;
}
