import type { Lexicon } from '../lexicon/lexicon.js';
import { extractEnglishSentence, getEnglishLexicon, languageSegments, mayHoldEnglishNumber } from '../english/index.js';
import { getSegmenter, type VntkModels } from '../segment/index.js';
import { getLexicon } from '../lexicon/load.js';
import { ALL_KINDS, METRIC_KINDS, type ClaimRecord, type ExtractOptions, type Kind } from '../types.js';
import { normalizeText } from './01-normalize.js';
import { detectNumberStyle } from './02-detect-number-style.js';
import { splitLines } from './03-split-lines.js';
import { splitSentences } from './04-split-sentences.js';
import { tokenize } from './05-tokenize.js';
import { findNumbers } from './06-find-numbers.js';
import { mayHoldNumber } from './sentence-filter.js';
import { skipArticleWords } from './07-skip-article-words.js';
import { segmentSentenceWords } from './08-segment-words.js';
import { joinQuantities } from './09-join-quantities.js';
import { attachUnit } from './10-attach-unit.js';
import { attachQualifier } from './11-attach-qualifier.js';
import { classifyKind } from './12-classify-kind.js';
import { filterNonClaims } from './13-filter-non-claims.js';
import { attachChange } from './14-attach-change.js';
import { attachSubject } from './15-attach-subject.js';
import { buildRecords, type PlacedDraft } from './16-build-records.js';
import type { Draft } from './draft.js';
import { sentenceScope, type DocumentScope, type SentenceScope } from './scope.js';

/**
 * The drafts of one sentence, each stage adding what it knows. `shortcuts: false` runs every
 * number through every stage (the tests of the shortcuts compare).
 */
export function extractSentence(scope: SentenceScope, models: VntkModels | null = null, shortcuts = true): Draft[] {
  let drafts = findNumbers(scope);          // numbers in digits and in words, with scale words
  if (shortcuts) drafts = skipArticleWords(drafts, scope); // "một" as "a", "năm" as "year": no time spent on them
  if (!drafts.length) return drafts;
  const s = segmentSentenceWords(drafts, scope, models); // vntk's words, when asked for
  drafts = joinQuantities(drafts, s);   // fractions, ranges and "X trên Y" become one
  drafts = attachUnit(drafts, s);       // %, currency, unit of measure or counted noun phrase
  drafts = attachQualifier(drafts, s);  // hơn, không quá, tối đa … (rules: the filters read it)
  drafts = classifyKind(drafts, s);     // the six kinds (rules for rank, ratio, money by context)
  drafts = filterNonClaims(drafts, s);  // dates, documents, labels, articles, windows … (rules)
  drafts = attachChange(drafts, s);     // tăng, giảm, a comparison's difference (rules)
  return attachSubject(drafts, s);      // what a percentage or amount is about
}

/** A figure too big for a double (`1` and 400 zeros, a chain of "tỷ") is not a figure anyone states: left out. */
const isRepresentable = (d: Draft) => Number.isFinite(d.value) && (d.valueMax === null || Number.isFinite(d.valueMax)) && (d.denominator === null || Number.isFinite(d.denominator));

function wantedKinds(options: ExtractOptions): ReadonlySet<Kind> {
  if (options.kinds) return new Set(options.kinds);
  return new Set(options.all ? ALL_KINDS : METRIC_KINDS);
}

/**
 * Every quantified claim in a Vietnamese text, as records in text order (SPEC §5).
 * Offsets refer to the normalized text ({@link normalize}).
 */
export function extract(input: string, options: ExtractOptions = {}): ClaimRecord[] {
  const lexicon = getLexicon();
  const text = normalizeText(input);
  const doc: DocumentScope = { text, lexicon, style: detectNumberStyle(text), explain: options.explain };
  const kinds = wantedKinds(options);
  const models = options.segment ? getSegmenter() : null;
  const english = getEnglishLexicon();
  const placed: PlacedDraft[] = [];
  for (const sentence of splitSentences(text, splitLines(text, lexicon), lexicon)) {
    // Each stretch in its own language: an English quotation in a Vietnamese article writes
    // 1,200 for twelve hundred, and is read by the English path.
    // A sentence with no number in either language needs no language (most sentences).
    if (!mayHoldNumber(sentence.text, lexicon) && !mayHoldEnglishNumber(sentence.text, english)) continue;
    const segments = options.lang && options.lang !== 'auto' ? [{ sentence, lang: options.lang }] : languageSegments(sentence, english);
    for (const { sentence: part, lang } of segments) {
      let drafts: Draft[];
      if (lang === 'en') drafts = mayHoldEnglishNumber(part.text, english) ? extractEnglishSentence(part, english) : [];
      else drafts = mayHoldNumber(part.text, lexicon) ? extractSentence(sentenceScope(doc, part, tokenize(part, lexicon)), models) : [];
      for (const draft of drafts) {
        if (draft.kind && kinds.has(draft.kind) && (!draft.nonClaim || options.all || options.kinds) && isRepresentable(draft)) placed.push({ draft, sentence, lang });
      }
    }
  }
  return buildRecords(placed, text, options.file ?? '-', options.docId, options.explain);
}
