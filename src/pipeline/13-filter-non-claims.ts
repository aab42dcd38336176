import type { Draft } from './draft.js';
import { rejectCode } from './non-claims/codes.js';
import { rejectDate } from './non-claims/dates.js';
import { rejectLabel } from './non-claims/labels.js';
import { rejectPair } from './non-claims/pairs.js';
import { rejectPhone } from './non-claims/phones.js';
import { rejectReference } from './non-claims/references.js';
import type { NonClaimRule } from './non-claims/rule.js';
import { rejectWindow } from './non-claims/windows.js';
import { rejectArticleDigit, rejectIndefinite, rejectLoneWord } from './non-claims/words.js';
import type { SentenceScope } from './scope.js';

/** In order: the first rule that objects names the reason. */
const RULES: readonly NonClaimRule[] = [
  rejectCode,      // identifiers, codes, dotted dates
  rejectLoneWord,  // "một" as an article, number words that count nothing
  rejectIndefinite, // vài trăm, dăm mười tỷ
  rejectArticleDigit, // "1" written for the article "một"
  rejectPhone,     // phone numbers
  rejectReference, // documents and laws
  rejectDate,      // dates, years, periods, clock times, weekdays
  rejectLabel,     // names and labels: Quận 1, lần thứ 3, iPhone 11
  rejectWindow,    // time windows: 6 tháng đầu năm, trong 24 giờ qua
  rejectPair,      // scores and number codes joined by a dash
];

/**
 * Stage: sets aside numbers that are not claims (SPEC §1) — dates, documents, phones, codes,
 * labels, time windows, articles, scores — with the reason and the non-metric kind `--all`
 * reports them under.
 */
export function filterNonClaims(drafts: readonly Draft[], s: SentenceScope): Draft[] {
  return drafts.map((d) => {
    for (const rule of RULES) {
      const nonClaim = rule(d, s, drafts);
      if (nonClaim) return { ...d, nonClaim, kind: nonClaim.kind };
    }
    return d;
  });
}
