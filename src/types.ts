/** The six kinds of quantified claim that SPEC §1 defines and the scorer measures. */
export type MetricKind = 'count' | 'percent' | 'ratio' | 'rank' | 'money' | 'measure';

/** Numbers that are not claims but that `--all` still reports, so a reader can see why they were left out. */
export type NonMetricKind = 'date' | 'reference';

export type Kind = MetricKind | NonMetricKind;

export const METRIC_KINDS: readonly MetricKind[] = ['count', 'percent', 'ratio', 'rank', 'money', 'measure'];
export const NON_METRIC_KINDS: readonly NonMetricKind[] = ['date', 'reference'];
export const ALL_KINDS: readonly Kind[] = [...METRIC_KINDS, ...NON_METRIC_KINDS];

/** How the text bounds the number (SPEC §3). */
export type Qualifier = 'over' | 'under' | 'approx' | 'at_least' | 'at_most';
export const QUALIFIERS: readonly Qualifier[] = ['over', 'under', 'approx', 'at_least', 'at_most'];

/** Whether the number is the amount of a change, and which way (SPEC §3, "Change"). */
export type Change = 'up' | 'down';
/** What a figure is presented as (SPEC §3b): a result, a plan, a prediction, a norm that binds everyone. */
export const STATUSES = ['actual', 'target', 'forecast', 'rule'] as const;
export type Status = (typeof STATUSES)[number];

/** One quantified claim, as solieu emits it (SPEC §5 plus `id` and `line`). */
export interface ClaimRecord {
  /** Stable within one input: `c1`, `c2`, … in text order. */
  id: string;
  /** Input path as given, `-` for standard input. */
  file: string;
  /** 1-based line of `start` in the normalized text. */
  line: number;
  /** Span of the quantity expression in the normalized text, UTF-16 code units, `end` exclusive. */
  start: number;
  end: number;
  /** `normalizedText.slice(start, end)`. */
  text: string;
  kind: Kind;
  value: number;
  value_max: number | null;
  denominator: number | null;
  unit: string | null;
  /** The unit in one canonical form (`m²`, `km/h`, `VND/L`, `year`, `%`); a count's noun as written; null with no unit. */
  unit_norm: string | null;
  /** For money: the currency's ISO 4217 code (`VND`, `USD`, `EUR`), null when none is known. */
  currency: string | null;
  subject: string | null;
  qualifier: Qualifier | null;
  change: Change | null;
  /** The sentence that holds the claim. */
  sentence: string;
  /** SPEC §3b: `actual`, `target`, `forecast` or `rule`, from the words of the sentence. */
  status: Status;
  /** SPEC §3b: the words of the sentence that say when the figure holds (`năm 2022`, `đến nay`), or null. */
  time: string | null;
  /** SPEC §3b: who the sentence attributes the figure to (`Tổng cục Thống kê`), or null. */
  source: string | null;
  /** The language the sentence was read in: `vi`, or `en` for English sentences (`--lang`). */
  lang: 'vi' | 'en';
  /** The document's id, only for documents given with one (JSON Lines input, `docId`); writers put it first. */
  doc_id?: string | number;
  /** From an HTML page's meta data: its title and publication date, when it gives them. */
  title?: string;
  published?: string;
  /** With `explain`: the rules that decided about the number, as `decision/rule` (`dictionaries/rules/`). */
  rules?: string[];
  /** From a PDF: the page (from 1) the claim stands on. */
  page?: number;
  /** From a table (DOCX, HTML): which table of the document, which row and column (all from 1). */
  table?: number;
  row?: number;
  column?: number;
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Written into every record's `file` field. Default `-`. */
  file?: string;
  /** Written first into every record as `doc_id`, when given: the id of a document of a collection. */
  docId?: string | number;
  /** Also emit numbers that are not claims (dates, document references) under their own kinds. Default false. */
  all?: boolean;
  /** Keep only these kinds. Default: the six metric kinds (plus the non-metric ones with `all`). */
  kinds?: readonly Kind[];
  /** Only claims of these statuses (SPEC §3b): `['actual']` for results alone. Ids stay those of the whole document. Default: all. */
  statuses?: readonly Status[];
  /**
   * When the text was written (`2020-10-05`, or anything holding the year): a figure stated as a
   * result for a later year (`GDP năm 2021 đạt 6,7%` written in 2020) is a forecast (SPEC §3b).
   * Web pages give their publication date themselves.
   */
  date?: string;
  /**
   * Segment words with vntk's trained models before reading where units end. Default false:
   * measured on the gold sets, the dictionary rules alone give the better units (README,
   * "Word segmentation"). Models that cannot be loaded leave it to the rules too.
   */
  segment?: boolean;
  /**
   * The language of the text: `auto` (the default) decides sentence by sentence, `vi` and `en`
   * read every sentence as that language.
   */
  lang?: 'auto' | 'vi' | 'en';
  /** Add to every record the rules that decided its qualifier, kind, change and whether it is a claim. Default false. */
  explain?: boolean;
}
