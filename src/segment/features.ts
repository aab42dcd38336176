import { parseTemplate, POS_TEMPLATE, WORD_TEMPLATE, type FeatureSpec, type TemplateFunction } from './templates.js';

/** What the feature functions need from outside: vntk's dictionary and its title-case test. */
export interface FeatureFunctions {
  /** `@vntk/dictionary`'s `has` for a text already lower-cased: it is one of its words. */
  inDictionary(lower: string): boolean;
  /** vntk's `istitle`: the text equals `title-case`'s version of it. */
  isTitle(text: string): boolean;
}

const FUNCTIONS: readonly (TemplateFunction | null)[] = [null, 'lower', 'isdigit', 'istitle', 'is_in_dict'];
const MAX_RUN = 3;
const bool = (b: boolean) => (b ? 'True' : 'False');
const XS = ['X', 'X X', 'X X X'];

/** A template entry compiled: where its run starts and ends relative to the token, and which column it reads. */
interface CompiledSpec {
  from: number;
  length: number;
  /** Index into the sentence's columns, or -1 for the second ("X") column. */
  column: number;
}

function compile(specs: readonly FeatureSpec[]): CompiledSpec[] {
  return specs.map((spec) => {
    const length = spec.to === null ? 1 : spec.to - spec.from + 1;
    if (length > MAX_RUN) throw new Error(`feature ${spec.key} spans more than ${MAX_RUN} tokens`);
    return { from: spec.from, length, column: spec.column === 1 ? -1 : FUNCTIONS.indexOf(spec.fn) * MAX_RUN + length - 1 };
  });
}

/** vntk splits each "key=value" at its first "=": a value that holds "=" keeps what precedes it. */
const cut = (v: string) => {
  const at = v.indexOf('=');
  return at === -1 ? v : v.slice(0, at);
};

/**
 * A sentence's tokens and, computed once for every start, each column the templates read: the
 * texts of runs of one, two and three tokens (vntk joins them with a space) and the functions of
 * those. vntk recomputes every column of the whole sentence for every feature of every token.
 */
class SentenceColumns {
  private readonly columns: (readonly string[] | undefined)[] = [];
  private readonly texts: string[][] = [];
  private readonly lowers: string[][] = [];

  constructor(readonly tokens: readonly string[], private readonly fns: FeatureFunctions) {}

  private text(length: number): string[] {
    let texts = this.texts[length - 1];
    if (!texts) {
      const n = this.tokens.length - length + 1;
      texts = Array.from({ length: Math.max(0, n) }, (_, a) => (length === 1 ? this.tokens[a]! : this.tokens.slice(a, a + length).join(' ')));
      this.texts[length - 1] = texts;
    }
    return texts;
  }

  private lower(length: number): string[] {
    return (this.lowers[length - 1] ??= this.text(length).map((t) => t.toLowerCase()));
  }

  /** The values of a column (one per start), as they appear in features. */
  column(index: number): readonly string[] {
    let values = this.columns[index];
    if (!values) {
      const fn = FUNCTIONS[Math.floor(index / MAX_RUN)]!;
      const length = (index % MAX_RUN) + 1;
      if (fn === null) values = this.text(length).map(cut);
      else if (fn === 'lower') values = this.lower(length).map(cut);
      else if (fn === 'isdigit') values = this.text(length).map((t) => bool(/^\d+$/.test(t)));
      else if (fn === 'istitle') values = this.text(length).map((t) => bool(this.fns.isTitle(t)));
      else values = this.lower(length).map((t) => bool(t !== '' && this.fns.inDictionary(t)));
      this.columns[index] = values;
    }
    return values;
  }
}

/** One template entry at token `i`, as vntk's `toFeatures` computes it: BOS/EOS past either end. */
function valueOf(spec: CompiledSpec, cols: SentenceColumns, i: number): string {
  const a = i + spec.from;
  if (a < 0) return 'BOS';
  if (a + spec.length > cols.tokens.length) return 'EOS';
  if (spec.column === -1) return XS[spec.length - 1]!;
  return cols.column(spec.column)[a]!;
}

const WORD_SPECS = compile(parseTemplate(WORD_TEMPLATE));
const POS_SPECS = compile(parseTemplate(POS_TEMPLATE));

const at = (key: string) => WORD_TEMPLATE.indexOf(key as (typeof WORD_TEMPLATE)[number]);
/** vntk hides a token's text and lower case behind "-" when the dictionary knows the token … */
const HIDDEN_ONE = [-2, -1, 0, 1, 2].map((k) => ({ when: at(`T[${k}].is_in_dict`), hide: [at(`T[${k}]`), at(`T[${k}].lower`)] }));
/** … and a pair's text when it knows the pair. */
const HIDDEN_PAIR = [-2, -1, 0, 1].map((k) => ({ when: at(`T[${k},${k + 1}].is_in_dict`), hide: [at(`T[${k},${k + 1}]`)] }));
const HIDDEN = [...HIDDEN_ONE, ...HIDDEN_PAIR];

function wordValuesAt(cols: SentenceColumns, i: number): string[] {
  const values = new Array<string>(WORD_SPECS.length);
  for (let k = 0; k < WORD_SPECS.length; k++) values[k] = valueOf(WORD_SPECS[k]!, cols, i);
  for (const { when, hide } of HIDDEN) {
    if (values[when] === 'True') for (const k of hide) values[k] = '-';
  }
  return values;
}

/**
 * The features vntk's word segmenter gives each token of a sentence, as values in the order
 * of `WORD_TEMPLATE` (the feature string is the template key, "=", the value).
 */
export function wordFeatures(tokens: readonly string[], fns: FeatureFunctions): string[][] {
  const cols = new SentenceColumns(tokens, fns);
  return tokens.map((_, i) => wordValuesAt(cols, i));
}

/** The features vntk's part-of-speech tagger gives each word ("doanh nghiệp" is one), in the order of `POS_TEMPLATE`. */
export function posFeatures(words: readonly string[], fns: FeatureFunctions): string[][] {
  const cols = new SentenceColumns(words, fns);
  return words.map((_, i) => POS_SPECS.map((spec) => valueOf(spec, cols, i)));
}
