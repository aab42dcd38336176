import type { PhraseIndex } from './phrase-index.js';
import type { CodeClass, Rules } from '../rules/load.js';
import type { Atom } from '../rules/atoms.js';

export type NumeralRole =
  | 'digit' | 'compound-digit' | 'ten' | 'tens' | 'hundred' | 'filler' | 'scale' | 'half' | 'half-prefix' | 'dozen'
  | 'zero' | 'point' | 'minus';

export interface NumeralWord {
  value: number;
  role: NumeralRole;
}

/** What must (not) follow an ambiguous unit word (a row of `units/ambiguous-units.tsv`), read once at load. */
export interface UnitContext {
  /** `$large`: the amount must be a thousand or more, or have a scale word ("30 triệu bảng", not "6 bảng"). */
  large: boolean;
  /** With `!word` entries, the word is a unit unless one of the followers below follows; without, only where one does. */
  banned: boolean;
  /** `$end` is a follower: punctuation or the end of the sentence. */
  end: boolean;
  /** `$upper` is a follower: a capitalized word. */
  upper: boolean;
  /** The one-word followers, lower-cased: one lookup for all 26 of "đồng", not a test each. */
  words: ReadonlySet<string>;
  /** The followers of several words, lower-cased word by word. */
  phrases: readonly (readonly string[])[];
}

export interface Currency {
  unit: string;
  code: string;
  position: 'after' | 'before' | 'both';
  /** For words that are also syllables of nouns: what must (not) follow (`units/ambiguous-units.tsv`). */
  next: UnitContext | null;
}

export interface MeasureUnit {
  unit: string;
  dimension: string;
  /** For ambiguous words: what must (not) follow (`units/ambiguous-units.tsv`). */
  next: UnitContext | null;
}

export type DateRole = 'day' | 'month' | 'year' | 'quarter' | 'clock' | 'period';
export const FUNCTION_ROLES = [
  'list-conjunction', 'range-link', 'range-opener', 'ratio-link', 'list-opener', 'direction', 'plural', 'determiner', 'restrictive',
  'quantity', 'mostly-not-number', 'number-before', 'ordinal-marker', 'multiple-unit', 'between', 'range-bound', 'multiple-marker', 'fractional-count',
  'share-base', 'existential', 'extent-link', 'change-from', 'series-joiner', 'topic-marker', 'copula', 'category-link', 'comparison-opener',
] as const;
export type FunctionRole = (typeof FUNCTION_ROLES)[number];
export const STATEMENT_ROLES = ['future', 'passive', 'consequence', 'according'] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];

export type BoundaryClass = 'prep' | 'aux' | 'conj' | 'det' | 'verb' | 'preverb' | 'nominalizer';

/** All Vietnamese language knowledge solieu uses, loaded from `dictionaries/`. */
/** A node of {@link Lexicon.posTrie}: the tags of the word that ends here, and the syllables that go on. */
export interface PosNode {
  tags: string | undefined;
  next: Map<string, PosNode> | undefined;
}

export type PeriodRole = 'counted' | 'named' | 'part' | 'after' | 'lead' | 'until' | 'now' | 'bare-lead' | 'bare' | 'bare-after' | 'occasion';

export interface Lexicon {
  numerals: ReadonlyMap<string, NumeralWord>;
  /** Glued multiplier suffixes, exact case (`100k`, `5tr`); `decimal`: only after a decimal ("0.5G", not "5G"). */
  suffixes: ReadonlyMap<string, { multiplier: number; decimalOnly: boolean }>;
  /** "gấp đôi" → 2: multiples written without a digit. */
  multipliers: PhraseIndex<number>;
  /** The words a number in words can start with: a numeral, or the first word of a multiplier or an ordinal. */
  numberStarts: ReadonlySet<string>;
  /** "nhất", "nhì", "đầu tiên": ordinals that number words do not spell. */
  ordinals: PhraseIndex<number>;
  /** The unit of a multiple written in words ("gấp đôi": lần), from `grammar/function-words.tsv`. */
  multipleUnit: string;
  scaleBlockers: ReadonlySet<string>;
  /** Words before a number that make it indefinite ("vài trăm", "dăm mười tỷ"). */
  indefinite: ReadonlySet<string>;
  /** Words around "một"/"1" that make it an article: after it (`after`) or before it (`before`). */
  articlePhrases: { after: PhraseIndex<true>; before: PhraseIndex<true> };
  currencies: PhraseIndex<Currency>;
  /** The currency of a bare amount of money in a sentence that names none: the first VND row of `units/currencies.tsv`. */
  defaultCurrency: { unit: string; code: string };
  measures: PhraseIndex<MeasureUnit>;
  /** A measure's unit (as `units/measures.tsv` spells it) → its canonical form (`m2` → `m²`, `năm` → `year`). */
  normalForms: ReadonlyMap<string, string>;
  /** A measure as written (`exact` rows as they are, the others lower-cased) → how `units/measures.tsv` spells it (`gram` → `g`). */
  measureSpellings: ReadonlyMap<string, string>;
  /** `larger smaller` → how many of the smaller unit make one larger ("2 năm 3 tháng"). */
  compoundUnits: ReadonlyMap<string, number>;
  dateMarkers: PhraseIndex<DateRole>;
  dateFollowers: PhraseIndex<true>;
  referenceMarkers: PhraseIndex<true>;
  labelNouns: PhraseIndex<true>;
  labelExceptions: PhraseIndex<true>;
  ordinalLabels: PhraseIndex<true>;
  windowAfter: PhraseIndex<true>;
  windowBefore: PhraseIndex<true>;
  periodWords: PhraseIndex<true>;
  rankMarkers: PhraseIndex<'verb' | 'noun' | 'top'>;
  rankFollowers: PhraseIndex<true>;
  moneyWords: PhraseIndex<true>;
  phoneMarkers: PhraseIndex<true>;
  /** What a sentence says a figure is (SPEC §3b): cue phrases and the status each gives, and the plain lists below. */
  statement: {
    /** A cue's status and how far it reaches: to the end of the sentence, of its clause (`sẽ`), or the
     * sentence where it opens it and its clause elsewhere (`theo quy định`), or (`nếu`) the
     * clause after its own: a condition's consequence. */
    statusCues: ReadonlyMap<string, { status: 'actual' | 'target' | 'forecast' | 'rule'; reach: 'sentence' | 'clause' | 'lead' | 'condition' }>;
    reportingVerbs: readonly string[];
    /** Words after a reporting verb that make it no report (`thông tin của`, `nói trên`). */
    notAfterReportingVerb: readonly string[];
    /** Verbs of a decided act: `sẽ` before one is a plan (target), not a prediction. */
    planVerbs: readonly string[];
    /** Words that open a sentence spelling out the one before it (`Cụ thể`, `Theo đó`). */
    elaborationOpeners: readonly string[];
    /** Words a source never opens with: before a reporting verb after one of them stands a clause. */
    sourceNotOpeners: ReadonlySet<string>;
    /** Adverbs between a source and its verb (`cũng`, `đã`), dropped from the source's end. */
    sourceAdverbs: ReadonlySet<string>;
    sourceExclusions: ReadonlySet<string>;
    timeWords: readonly string[];
    /** The words of time phrases by their place in one (`statement/periods.tsv`). */
    periods: Readonly<Record<PeriodRole, readonly string[]>>;
    baselineWords: readonly string[];
    personWords: readonly string[];
    /** Words that make a `sẽ` after them in their clause a habit, not a prediction (`như mọi năm`). */
    habitualWords: readonly string[];
    /** Small closed classes of words the statement stage reads by role (`statement/statement-words.tsv`). */
    words: Readonly<Record<StatementRole, readonly string[]>>;
  };
  unitBoundaries: PhraseIndex<BoundaryClass>;
  /** Verbs that keep their object in a unit ("cơ quan thuộc Chính phủ"). */
  verbsWithObject: PhraseIndex<true>;
  eventClassifiers: PhraseIndex<true>;
  countingNouns: PhraseIndex<true>;
  /** Nouns that name a measured quantity and head a subject (`tỷ lệ`, `kim ngạch`): a verb after one is in its phrase. */
  measureNouns: PhraseIndex<true>;
  /** Dimension of a unit → the noun that names what it measures (`area` → `diện tích`). */
  dimensionNouns: ReadonlyMap<string, string>;
  titles: PhraseIndex<true>;
  /** Small closed classes of words, by role (`dictionaries/grammar/function-words.tsv`). */
  functionWords: Readonly<Record<FunctionRole, ReadonlySet<string>>>;
  /** Words after a number word that it does not count ("ba mẹ"). */
  notCounted: ReadonlySet<string>;
  /** Word (lower case, syllables joined by spaces) → the tags it can take (`N`, `V`, `A`, …). */
  pos: ReadonlyMap<string, string>;
  /** The words of `pos` syllable by syllable ("thông" → "tin" → "điện" → "tử"): the longest word at a
   * token is found by following the tokens, with no joined string to build and hash for each try. */
  posTrie: ReadonlyMap<string, PosNode>;
  boilerplate: readonly { phrase: string; match: 'prefix' | 'exact' | 'contains' }[];
  paginationWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** The decisions around a number, as rules (`dictionaries/rules/`). */
  rules: Rules;
  /** Word classes of `dictionaries/rules/classes.tsv` that code reads too. */
  classes: ReadonlyMap<CodeClass, Atom>;
}
