import { SolieuError } from '../errors.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { extractEnglishSentence, getEnglishLexicon, languageSegments, mayHoldEnglishNumber, mayHoldEnglishNumberWord } from '../english/index.js';
import { getSegmenter, type VntkModels } from '../segment/index.js';
import { getLexicon } from '../lexicon/load.js';
import { ALL_KINDS, METRIC_KINDS, type ClaimRecord, type ExtractOptions, type Kind } from '../types.js';
import { normalizeText } from './01-normalize.js';
import { detectNumberStyle, type NumberStyle } from './02-detect-number-style.js';
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
import { decideStatus } from './16-decide-status.js';
import { elaborationOf, leadInOf, readSentence, yearOf, type LeadIn, type SentenceReading } from './17-read-statement.js';

/** A line that is an item of a list: a dash, a bullet, a plus, or a number with a point or a bracket. */
const LIST_ITEM = /^(?:[-–—•+*]|\d{1,2}[.)])\s/u;
import { buildRecords, type PlacedDraft } from './18-build-records.js';
import type { Token } from '../text/token.js';
import type { Draft } from './draft.js';
import { sentenceScope, type DocumentScope, type Sentence, type SentenceScope } from './scope.js';

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
  drafts = attachSubject(drafts, s);    // what a percentage or amount is about
  return decideStatus(drafts, s);       // an administered price, a predicted figure (rules; the sentence's cues come later)
}

/** A figure too big for a double (`1` and 400 zeros, a chain of "tỷ") is not a figure anyone states: left out. */
const isRepresentable = (d: Draft) => Number.isFinite(d.value) && (d.valueMax === null || Number.isFinite(d.valueMax)) && (d.denominator === null || Number.isFinite(d.denominator));

function wantedKinds(options: ExtractOptions): ReadonlySet<Kind> {
  if (options.kinds) return new Set(options.kinds);
  return new Set(options.all ? ALL_KINDS : METRIC_KINDS);
}

/**
 * Every quantified claim in a Vietnamese text, as records in text order (SPEC §5).
 * Offsets refer to the normalized text ({@link normalize}). Throws `INVALID_ARGUMENT` for a
 * text that is not a string or options that are not an object.
 */
export function extract(input: string, options: ExtractOptions = {}): ClaimRecord[] {
  checkArguments('extract', input, options);
  const records: ClaimRecord[] = [];
  for (const batch of extractBatches(input, options)) for (const r of batch) records.push(r);
  return records;
}

/**
 * The same records, sentence by sentence as they are found: a document of any length is
 * extracted, rendered and written in bounded pieces, never held whole as records.
 */
export function extractBatches(input: string, options: ExtractOptions = {}, piece?: Piece): Generator<ClaimRecord[]> {
  checkArguments('extractBatches', input, options); // here, not on the first next()
  return batchesOf(input, options, piece);
}

/** Called from JavaScript, anything may come: a clear error, not a TypeError from deep inside. */
function checkArguments(name: string, input: unknown, options: unknown): void {
  const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
  if (typeof input !== 'string') throw new SolieuError('INVALID_ARGUMENT', `${name} needs a string, got ${kind(input)}`);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new SolieuError('INVALID_ARGUMENT', `${name} options must be an object, got ${kind(options)}`);
}

function* batchesOf(input: string, options: ExtractOptions, piece?: Piece): Generator<ClaimRecord[]> {
  const lexicon = getLexicon();
  const text = normalizeText(input);
  const doc: DocumentScope = { text, lexicon, style: piece?.style ?? detectNumberStyle(text), explain: options.explain };
  const kinds = wantedKinds(options);
  const models = options.segment ? getSegmenter() : null;
  const english = getEnglishLexicon();
  const file = options.file ?? '-';
  let count = 0;
  // A list's lead-in ("Theo báo cáo của Bộ Y tế:") speaks for the list items after it.
  let leadIn: LeadIn | null = null;
  const writtenIn = yearOf(options.date);
  let previous: ReadOnce | null = null;
  for (const sentence of splitSentences(text, splitLines(text, lexicon), lexicon)) {
    const itemOfList = leadIn !== null && LIST_ITEM.test(sentence.text);
    const current = new ReadOnce(sentence, lexicon);
    // A sentence that spells out the one before it ("Theo đó: …") is what that one says it is.
    const before = previous;
    previous = current;
    const under = itemOfList ? leadIn : before && elaborationOf(sentence.text, () => before.reading(), lexicon);
    if (!itemOfList) leadIn = null;
    if (sentence.text.endsWith(':')) leadIn = leadInOf(current.reading());
    // Each stretch in its own language: an English quotation in a Vietnamese article writes
    // 1,200 for twelve hundred, and is read by the English path.
    // A sentence with no number in either language needs no language (most sentences).
    const mayHold = mayHoldNumber(sentence.text, lexicon);
    if (!mayHold && !mayHoldEnglishNumberWord(sentence, english)) continue;
    const segments = options.lang && options.lang !== 'auto' ? [{ sentence, lang: options.lang }] : languageSegments(sentence, english);
    const placed: PlacedDraft[] = [];
    for (const { sentence: part, lang } of segments) {
      // The sentence whole (most are in one language): tested, tokenized and read once.
      const whole = part === sentence;
      let drafts: Draft[];
      let tokens: readonly Token[] | null = null;
      if (lang === 'en') drafts = mayHoldEnglishNumber(part.text, english) ? extractEnglishSentence(part, english) : [];
      else if (whole ? mayHold : mayHoldNumber(part.text, lexicon)) drafts = extractSentence(sentenceScope(doc, part, (tokens = whole ? current.tokens() : tokenize(part, lexicon))), models);
      else drafts = [];
      // What the sentence says of its figures (status, time, source), read once for them all.
      let reading: PlacedDraft['reading'] = null;
      for (const draft of drafts) {
        if (!(draft.kind && kinds.has(draft.kind) && (!draft.nonClaim || options.all || options.kinds) && isRepresentable(draft))) continue;
        if (tokens && !reading) reading = { base: part.start, of: whole ? current.reading() : readSentence(part, tokens, lexicon), leadIn: under, writtenIn };
        placed.push({ draft, sentence, lang, reading });
      }
    }
    if (!placed.length) continue;
    const records = buildRecords(placed, text, file, lexicon, options.docId, options.explain, count + (piece?.before ?? 0));
    if (piece) for (const r of records) (r.start += piece.offset), (r.end += piece.offset), (r.line += piece.line - 1);
    count += placed.length;
    const kept = options.statuses ? records.filter((r) => options.statuses!.includes(r.status)) : records;
    if (kept.length) yield kept;
  }
}

/**
 * A sentence's tokens and reading, made when first asked for: its own figures, a list's lead-in
 * (a sentence ending in ':') and the next sentence's elaboration check ask for the same ones,
 * which are then tokenized and read once, not up to three times.
 */
class ReadOnce {
  private tokenized: readonly Token[] | null = null;
  private read: SentenceReading | null = null;
  constructor(private readonly sentence: Sentence, private readonly lexicon: Lexicon) {}

  tokens(): readonly Token[] {
    return (this.tokenized ??= tokenize(this.sentence, this.lexicon));
  }

  reading(): SentenceReading {
    return (this.read ??= readSentence(this.sentence, this.tokens(), this.lexicon));
  }
}

/**
 * Where a piece of a long text stands in the whole: a text too long to hold is read in pieces
 * that end at line breaks (no line, sentence or number spans two), each extracted with the
 * number style of the whole and its records placed in the whole.
 */
export interface Piece {
  /** The whole's number style (`countStyleMarks` over every piece first). */
  style: NumberStyle;
  /** Characters of the normalized whole before this piece. */
  offset: number;
  /** The whole's line number of the piece's first line. */
  line: number;
  /** Records of the whole before this piece (ids go on from there). */
  before: number;
}
