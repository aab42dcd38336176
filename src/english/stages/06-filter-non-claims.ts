import { type Draft, withFields } from '../../pipeline/draft.js';
import { tagsOf, type EnglishScope } from '../scope.js';

const isYear = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2100;

/** Why a number is not a claim (SPEC §1), or null. */
function notAClaim(d: Draft, s: EnglishScope): string | null {
  const before = s.words[d.first - 1] ?? '';
  const after = s.words[d.last + 1] ?? '';
  const plain = d.unitType === null || d.unitType === 'noun';
  const digits = s.raw[d.first] ?? '';
  // "December 29", "29 December", "Dec. 29, 2022", "in 2022", "2011-2022", "fiscal 2023".
  if (plain && (s.lexicon.months.has(before) || s.lexicon.months.has(after.replace(/\.$/, '')) || (before === '.' && s.lexicon.months.has(s.words[d.first - 2] ?? '')))) return 'date';
  // A four-digit year written without a comma: English writes counts in thousands with one
  // ("2,000 workers"), so "GII 2023 launch" or "in 2022" is a year — unless a plural follows.
  if (plain && d.scale === null && d.qualifier === null && /^\d{4}$/.test(digits) && isYear(d.value) && (d.valueMax === null || isYear(d.valueMax))) {
    if (d.unitType === null || s.lexicon.beforeYear.has(before) || d.valueMax !== null || !tagsOf(s, d.last + 1).has('Plural')) return 'year';
  }
  // "10:30", "No. 3", "Decree 15/2022", "page 4", "Q4" (one token), "COVID-19" (one token).
  if (s.raw[d.last + 1] === ':' && s.tokens[d.last + 2]?.type === 'num') return 'time';
  if (s.raw[d.first - 1] === ':' && s.tokens[d.first - 2]?.type === 'num') return 'time';
  if (/^(no|nos|decree|resolution|article|page|chapter|clause|section|room|route|highway|district|ward|level)$/.test(before.replace(/\.$/, '')) && d.unitType === null) return 'label';
  if (before === '.' && s.words[d.first - 2] === 'no') return 'label';
  // A number glued to a word after it is a name ("5G", "4K"), one the tokenizer leaves apart.
  if (s.tokens[d.last + 1] && !s.tokens[d.last + 1]!.gap && s.tokens[d.last + 1]!.type === 'word' && d.unitType === null) return 'label';
  return null;
}

/** "over the past 5 years", "in the first 6 months": a window that frames another claim. */
function isWindow(d: Draft, s: EnglishScope): boolean {
  const w = s.words;
  return d.unitType === 'measure' && ['past', 'last', 'first', 'next', 'previous'].includes(w[d.first - 1] ?? '') && ['the', 'in', 'over', 'during'].includes(w[d.first - 2] ?? '');
}

/**
 * Stage: dates, years, clock times, labels and windows set aside (SPEC §1), as they are in
 * Vietnamese: `--all` still shows them, as kind `date` or `reference`.
 */
export function filterEnglishNonClaims(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  return drafts.map((d) => {
    const why = notAClaim(d, s) ?? (isWindow(d, s) ? 'window' : null);
    if (!why) return d;
    const kind = why === 'label' ? ('reference' as const) : ('date' as const);
    return withFields(d, { nonClaim: { kind, reason: why }, kind });
  });
}
