import type { ClaimRecord } from '../types.js';
import type { CheckDocument, SentenceClaims } from './document.js';
import { isStatedPercent } from './percent-context.js';

/**
 * Lists of shares of one whole that no breakdown word opens (issue #13): the percentages after
 * `lần lượt là` ("tỷ trọng lần lượt là 42%, 35% và 31%"), or after the colon that follows a noun
 * of how a whole divides ("Cơ cấu kinh tế: nông nghiệp chiếm 35%, công nghiệp 42%, dịch vụ
 * 31%"). The list runs on over its percentages and ends at any other figure, a change, or a
 * bound (`dictionaries/check/total-markers.tsv`, roles `shares` and `shares-colon`).
 */
export function findShareLists(doc: CheckDocument): ClaimRecord[][] {
  const lists: ClaimRecord[][] = [];
  for (const sentence of doc.sentences) {
    if (sentence.records.filter((r) => r.kind === 'percent').length < 2) continue;
    for (const from of listStarts(doc, sentence)) {
      const list: ClaimRecord[] = [];
      for (const r of sentence.records) {
        if (r.start < from) continue;
        if (!isShare(r)) break;
        list.push(r);
      }
      if (list.length >= 2) lists.push(list);
    }
  }
  return lists;
}

const isShare = (r: ClaimRecord) => isStatedPercent(r) && r.change === null && r.value_max === null && r.qualifier === null;

/** Words between `cơ cấu` and its colon at most ("Cơ cấu vốn đầu tư thực hiện năm 2023:"). */
const MAX_LEAD = 16;

/** Where a list of shares starts in the sentence: after `lần lượt là`, or after the colon that follows `cơ cấu`. */
function listStarts(doc: CheckDocument, sentence: SentenceClaims): number[] {
  const { tokens } = sentence;
  const { shares, 'shares-colon': byColon } = doc.dictionaries.total;
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const direct = shares.matchAt(tokens, i);
    if (direct) {
      starts.push(tokens[direct.end - 1]!.end);
      continue;
    }
    const noun = byColon.matchAt(tokens, i);
    if (!noun) continue;
    // The colon must come before any figure of the list: "Cơ cấu kinh tế năm 2023: …".
    const firstFigure = sentence.records.find((r) => r.start >= tokens[noun.end - 1]!.end)?.start ?? Infinity;
    for (let k = noun.end; k < tokens.length && k < noun.end + MAX_LEAD && tokens[k]!.start < firstFigure; k++) {
      if (tokens[k]!.text === ':') {
        starts.push(tokens[k]!.end);
        break;
      }
    }
  }
  return starts;
}
