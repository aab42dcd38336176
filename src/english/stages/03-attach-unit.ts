import { type Draft, withFields } from '../../pipeline/draft.js';
import { matchCased, matchCasedBefore, tagsOf, type EnglishScope } from '../scope.js';

/** The end (token index after) of "percent", "per cent", "%", "percentage point(s)" at `i`. */
function percentAt(s: EnglishScope, i: number): number | null {
  const w = s.words[i];
  if (w === '%' || w === 'percent' || w === 'pct') return i + 1;
  if (w === 'per' && s.words[i + 1] === 'cent') return i + 2;
  if (w === 'percentage' && /^points?$/.test(s.words[i + 1] ?? '')) return i + 2;
  return null;
}

/** Tags that continue the noun phrase naming what is counted. */
const NOUNISH = ['Noun', 'Adjective', 'Plural', 'Acronym', 'ProperNoun'];
/** Tags no word of that phrase has (compromise's tags for verbs in a form nouns never take). */
const NEVER_IN_UNIT = ['PastTense', 'Gerund', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Value'];
const MAX_UNIT_WORDS = 5;

/** Whether token `k` may stand in the noun phrase of a unit (`first`: it opens it). */
function inNounPhrase(s: EnglishScope, k: number, first: boolean): boolean {
  const t = s.tokens[k];
  if (!t || t.type !== 'word' || s.lexicon.stopWords.has(t.lower) || s.lexicon.changes.has(t.lower) || s.lexicon.comparatives.has(t.lower)) return false;
  const tags = tagsOf(s, k);
  // "operating projects", "existing plants": a participle before a noun describes it.
  if (tags.has('Gerund') && tagsOf(s, k + 1).has('Noun')) return true;
  if (NEVER_IN_UNIT.some((x) => tags.has(x)) && !(tags.has('Noun') && !tags.has('PastTense'))) return false;
  // compromise tags a plural right after a number as a verb at times ("3 of 10 firms"): the
  // first word needs only not to be a verb form nouns never take.
  return first || NOUNISH.some((x) => tags.has(x));
}

/**
 * The noun phrase after the number that names what is counted ("new businesses",
 * "international visitors", "countries and territories"): words up to a function word, a
 * change word, punctuation or a verb; two nouns joined by "and" stay together.
 */
function nounPhrase(s: EnglishScope, i: number): { unit: string; end: number } | null {
  let end = i;
  while (end - i < MAX_UNIT_WORDS && inNounPhrase(s, end, end === i)) {
    end++;
    // "provinces and cities": a second noun after "and" belongs to the unit, unless a number follows.
    if ((s.words[end] === 'and' || s.words[end] === 'or') && tagsOf(s, end + 1).has('Plural') && inNounPhrase(s, end + 1, false)) end++;
  }
  if (end === i) return null;
  // A phrase ends on its noun: "195,000 new businesses", not "… new".
  while (end > i + 1 && tagsOf(s, end - 1).has('Adjective') && !tagsOf(s, end - 1).has('Noun')) end--;
  return { unit: s.tokens.slice(i, end).map((t) => t.text).join(' '), end };
}

/**
 * A rate after the unit: "US$663 per tonne", "USD568 a tonne", "6.08 tonnes of paddy per
 * hectare", "100 million passengers per year" → "/tonne", "/hectare", "/year", and the index after it.
 */
function rateAfter(s: EnglishScope, i: number): { rate: string; end: number } | null {
  let k = i;
  if (s.words[k] === 'of' && inNounPhrase(s, k + 1, true)) {
    k += 2;
    while (inNounPhrase(s, k, false) && k - i < 4) k++;
  }
  const per = s.words[k];
  const noun = s.tokens[k + 1];
  if ((per === 'per' || per === 'a' || per === 'an' || per === 'each') && noun?.type === 'word' && tagsOf(s, k + 1).has('Noun') && !s.lexicon.stopWords.has(noun.lower)) {
    if (per !== 'per' && !tagsOf(s, k + 1).has('Singular')) return null;
    return { rate: `/${noun.text}`, end: k + 2 };
  }
  return null;
}

/**
 * Stage: what each number counts or measures: `%` (percent, per cent, percentage points), a
 * currency before or after it (`$`, `US$`, `USD`, `VND`, `dong`), a unit of measure as written
 * (`tonnes`, `MW`, `kilometers`), a multiple (`27-fold`, `4.8 times`), else the noun phrase
 * after it; with its rate (`/tonne`). Currencies, `%` and units join the claim's span; a
 * counted noun phrase does not (SPEC §5). "89 more deaths than": the comparative is not the unit.
 */
export function attachEnglishUnit(drafts: readonly Draft[], s: EnglishScope): Draft[] {
  return drafts.map((d) => {
    if (d.unitType !== null) return d;
    const i = d.last + 1;
    const span = (end: number) => s.sentence.start + s.tokens[end - 1]!.end;
    const rated = (unit: string, end: number) => {
      const rate = rateAfter(s, end);
      return rate ? { unit: unit + rate.rate, unitEnd: rate.end } : { unit, unitEnd: end };
    };
    const percent = percentAt(s, i);
    if (percent !== null) return withFields(d, { unit: '%', unitType: 'percent' as const, unitEnd: percent, end: span(percent) });
    const before = matchCasedBefore(s, s.lexicon.currencies, d.first);
    if (before && before[0].position !== 'after') {
      return withFields(d, { ...rated(before[0].unit, i), unitType: 'currency' as const, currency: before[0].unit, start: s.sentence.start + s.tokens[d.first - before[1]]!.start });
    }
    const currency = matchCased(s, s.lexicon.currencies, i);
    if (currency && currency[0].position !== 'before') {
      return withFields(d, { ...rated(currency[0].unit, i + currency[1]), unitType: 'currency' as const, currency: currency[0].unit, end: span(i + currency[1]) });
    }
    const measure = matchCased(s, s.lexicon.measures, i);
    if (measure) {
      const written = s.tokens.slice(i, i + measure[1]).map((t) => t.text).join(' ');
      return withFields(d, { ...rated(written, i + measure[1]), unitType: 'measure' as const, end: span(i + measure[1]) });
    }
    // "27-fold", "4.8 times": a multiple.
    const dash = s.words[i] === '-' && !s.tokens[i]!.gap ? 1 : 0;
    if (s.words[i + dash] === 'fold' || (!dash && s.words[i] === 'times')) return withFields(d, { unit: s.words[i + dash]!, unitType: 'noun' as const, unitEnd: i + dash + 1 });
    // "of" before what is counted after a fraction or ratio: "two-thirds of the visitors";
    // "more"/"fewer" before it in a comparison: "89 more deaths than".
    let from = (d.shape === 'ratio' || d.kind === 'rank') && s.words[i] === 'of' ? i + 1 + (s.words[i + 1] === 'the' ? 1 : 0) : i;
    if (s.lexicon.comparatives.has(s.words[from] ?? '') && s.words.slice(from + 1, from + 6).includes('than')) from++;
    const phrase = nounPhrase(s, from);
    if (!phrase) return withFields(d, { unitEnd: from });
    return withFields(d, { ...rated(phrase.unit, phrase.end), unitType: 'noun' as const });
  });
}
