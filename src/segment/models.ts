import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import titleCase from 'title-case';
import { readCrfModel } from './crf-model.js';
import type { FeatureFunctions } from './features.js';
import { POS_TEMPLATE, WORD_TEMPLATE } from './templates.js';

const require = createRequire(import.meta.url);

/** vntk's two trained models, bound to their feature templates, and what their features need. */
export interface VntkModels {
  /** Labels "BW" (begins a word) or "IW" (inside a word) for feature values of `WORD_TEMPLATE`. */
  segment: (items: readonly (readonly string[])[]) => string[];
  /** VLSP part-of-speech tags for feature values of `POS_TEMPLATE`. */
  pos: (items: readonly (readonly string[])[]) => string[];
  functions: FeatureFunctions;
}

/**
 * vntk's dictionary as a set: `@vntk/dictionary` keeps a 74,000-word array and searches it
 * word by word for every feature; a set answers the same question at once. Lines are compared
 * lower-cased, as its `has()` does.
 */
function loadDictionary(): Set<string> {
  const dir = dirname(require.resolve('@vntk/dictionary/package.json'));
  return new Set(readFileSync(join(dir, 'data/Viet74K.txt'), 'utf8').toLowerCase().split('\n'));
}

/** Where vntk's package is: `SOLIEU_VNTK_DIR` when set (another copy of its models), else the installed one. */
const vntkDirectory = () => process.env.SOLIEU_VNTK_DIR || dirname(require.resolve('vntk/package.json'));

/** Most tokens repeat; the title-case test of each is remembered, up to this many. */
const MAX_REMEMBERED_TITLES = 200_000;

/**
 * Reads vntk's word-segmentation and part-of-speech models from the vntk package, without
 * loading vntk itself (whose `require` parses an 11 MB dictionary it never tags with).
 * Throws when the segmentation model or the dictionary cannot be read (the part-of-speech
 * model, read on first use, throws then).
 */
export function loadVntkModels(): VntkModels {
  const vntkDir = vntkDirectory();
  const words = readCrfModel(join(vntkDir, 'lib/word_tokenizer/model.bin'));
  const dictionary = loadDictionary();
  const titles = new Map<string, boolean>();
  let pos: VntkModels['pos'] | undefined;
  return {
    segment: words.bind(WORD_TEMPLATE),
    // The part-of-speech model is read on first use: extraction segments but does not tag.
    pos: (items) => (pos ??= readCrfModel(join(vntkDir, 'lib/pos_tag/model.bin')).bind(POS_TEMPLATE))(items),
    functions: {
      inDictionary: (lower) => dictionary.has(lower),
      isTitle: (text) => {
        // A text opening with a lower-case letter is never its own title case (which opens
        // upper-case): most tokens are answered without the library's regular expressions.
        const first = text.charAt(0);
        if (first !== first.toUpperCase()) return false;
        let t = titles.get(text);
        if (t === undefined) {
          if (titles.size >= MAX_REMEMBERED_TITLES) titles.clear();
          titles.set(text, (t = text === titleCase(text)));
        }
        return t;
      },
    },
  };
}
