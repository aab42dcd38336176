/**
 * The feature templates of vntk 1.4.4's word segmenter and part-of-speech tagger
 * (`lib/word_tokenizer/index.js`, `lib/pos_tag/index.js`): the models in vntk's package were
 * trained with exactly these, so they are part of the models, not choices of ours.
 *
 * Syntax: `T[i]` the token i places away, `T[i,j]` tokens i..j joined by a space, `[1]` the
 * second column (always "X" at tagging time), `.fn` a function of the text.
 */
export const WORD_TEMPLATE = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[-1].isdigit', 'T[0].isdigit', 'T[1].isdigit',
  'T[-1].istitle', 'T[0].istitle', 'T[1].istitle', 'T[0,1].istitle', 'T[0,2].istitle',
  'T[-2].is_in_dict', 'T[-1].is_in_dict', 'T[0].is_in_dict', 'T[1].is_in_dict', 'T[2].is_in_dict',
  'T[-2,-1].is_in_dict', 'T[-1,0].is_in_dict', 'T[0,1].is_in_dict', 'T[1,2].is_in_dict',
  'T[-2,0].is_in_dict', 'T[-1,1].is_in_dict', 'T[0,2].is_in_dict',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2,0]', 'T[-1,1]', 'T[0,2]',
  'T[-2][1]', 'T[-1][1]',
] as const;

export const POS_TEMPLATE = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-3][1]', 'T[-2][1]', 'T[-1][1]',
  'T[-3,-2][1]', 'T[-2,-1][1]',
] as const;

export type TemplateFunction = 'lower' | 'isdigit' | 'istitle' | 'is_in_dict';

/** A template entry, parsed once. */
export interface FeatureSpec {
  /** The template text, which is also the feature's name. */
  key: string;
  from: number;
  /** Last offset of a range, or null for one token. */
  to: number | null;
  column: 0 | 1;
  fn: TemplateFunction | null;
}

const SYNTAX = /^T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d)\])?(?:\.(\w+))?$/;

export function parseTemplate(template: readonly string[]): FeatureSpec[] {
  return template.map((key) => {
    const m = SYNTAX.exec(key);
    if (!m) throw new Error(`bad feature template ${key}`);
    return {
      key,
      from: Number(m[1]),
      to: m[2] === undefined ? null : Number(m[2]),
      column: m[3] === '1' ? 1 : 0,
      fn: (m[4] as TemplateFunction | undefined) ?? null,
    };
  });
}
