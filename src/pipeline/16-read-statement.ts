import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/token.js';
import type { Status } from '../types.js';

/** What the sentence says a figure is, for when, and says who (SPEC §3b). */
export interface Statement {
  status: Status;
  time: string | null;
  source: string | null;
}

/** Words, case-insensitively, with word boundaries that know Vietnamese letters. */
const wordsPattern = (phrases: readonly string[]) =>
  phrases.length ? `(?<![\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])` : '(?!)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Patterns {
  /** Cue phrases as words, by their first word, longest first. */
  cues: ReadonlyMap<string, { words: string[]; status: Status }[]>;
  /** Words a time phrase can start with; the phrase itself is matched there (sticky). */
  timeStarts: ReadonlySet<string>;
  /** Reporting verbs as words, by their first word. */
  verbs: ReadonlyMap<string, string[][]>;
  time: RegExp;
  according: RegExp;
  reported: RegExp;
}
const cache = new WeakMap<Lexicon, Patterns>();

/**
 * A figure's time: a period word with its number (`năm 2015`, `tháng 1/2017`, `quý I/2024`,
 * `ngày 30/10`), a count of periods into a year (`6 tháng đầu năm 2017`, `9 tháng năm nay`),
 * `đến năm 2025`, `giai đoạn 2017 - 2020`, or a word of `statement/time-words.tsv` (`hiện nay`).
 */
const PERIOD = '(?:năm|tháng|quý|tuần|ngày|giai đoạn|niên khóa|học kỳ|vụ)';
const DATE = '(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|\\d{1,2}/\\d{1,2}|[IVX]{1,4}/\\d{4}|[IVX]{1,4}|\\d{4}\\s*[-–]\\s*\\d{4}|\\d{4}|\\d{1,2})';
const COUNTED = `\\d{1,2} (?:tháng|tuần|ngày|năm|quý)(?: (?:đầu|cuối))?(?: năm(?: nay| \\d{4})?| qua| vừa qua| gần đây| Tết)`;
/** A period named alone after `trong`: "trong tháng", "trong tuần này" (the `trong` is left out, SPEC §3b). */
const BARE = `(?<=trong )(?:tháng|tuần|quý|năm)(?: này| nay)?(?![\\p{L}\\p{N}]| \\d)`;

function patterns(lexicon: Lexicon): Patterns {
  let p = cache.get(lexicon);
  if (!p) {
    const { statusCues, reportingVerbs, timeWords } = lexicon.statement;
    const firsts = (phrases: Iterable<string>) => new Set([...phrases].map((x) => x.split(' ')[0]!));
    const cues = new Map<string, { words: string[]; status: Status }[]>();
    for (const [phrase, status] of statusCues) {
      const words = phrase.split(' ');
      (cues.get(words[0]!) ?? cues.set(words[0]!, []).get(words[0]!)!).push({ words, status });
    }
    for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length);
    p = {
      cues,
      timeStarts: new Set([...firsts(timeWords), 'năm', 'tháng', 'quý', 'tuần', 'ngày', 'giai', 'niên', 'học', 'vụ', 'dịp', 'từ', 'đến', 'tới']),
      verbs: reportingVerbs.reduce((index, phrase) => {
        const words = phrase.split(' ');
        (index.get(words[0]!) ?? index.set(words[0]!, []).get(words[0]!)!).push(words);
        return index;
      }, new Map<string, string[][]>()),
      time: new RegExp(`(?:(?:từ |đến |tới )?${COUNTED}|(?:từ |đến |tới )?${PERIOD} ${DATE}(?: (?:đến|tới) (?:nay|${PERIOD} ${DATE}))?|${BARE}|dịp Tết|${wordsPattern(timeWords)})(?![\\p{L}\\p{N}])`, 'iuy'),
      according: /(?:^|[:,] )(?:Theo|theo) ([^,:;]{2,120}?)(?:,|:)/u,
      reported: new RegExp(`(?:^|[,;:] )([^,;:]{2,100}?(?:, [^,;:]{2,80}?)?) ${wordsPattern(reportingVerbs)}`, 'giu'),
    };
    cache.set(lexicon, p);
  }
  return p;
}

/** Words just before a time phrase that make it a comparison's baseline, not the figure's time. */
const BASELINE = /(?:so với|so|cùng kỳ|bằng|hơn|gấp)\s*(?:cùng kỳ\s*)?$/iu;

/** What a sentence says once, for all its figures: its cues and time phrases in order, its source. */
export interface SentenceReading {
  cues: { at: number; status: Status }[];
  times: { start: number; end: number; text: string }[];
  source: string | null;
}

const PERIOD_NOUNS = new Set(['năm', 'tháng', 'quý', 'tuần', 'ngày']);
/** Punctuation that ends a clause. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '.', '!', '?']);

/**
 * The sentence read once, token by token (the tokens stage 05 made): a cue is looked up by its
 * first word, a time phrase tried only where a word can start one (a period noun, `từ`/`đến`, a
 * number before a period noun, a word of time-words.tsv) — no search of the sentence per pattern.
 * Offsets are from the sentence's start.
 */
export function readSentence(sentence: { start: number; text: string }, tokens: readonly Token[], lexicon: Lexicon): SentenceReading {
  const p = patterns(lexicon);
  const text = sentence.text;
  const cues: SentenceReading['cues'] = [];
  const times: SentenceReading['times'] = [];
  let timeEnd = -1;
  let cueEnd = 0;
  let newClause = false;
  let according = false;
  let reported = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const at = t.start - sentence.start;
    // A source is looked for only in a sentence that opens with `Theo` or holds a reporting verb.
    according ||= w === 'theo';
    reported ||= p.verbs.get(w)?.some((words) => words.every((x, k) => tokens[i + k]?.lower === x)) ?? false;
    // A cue of several words is one cue: "đạt" inside "phấn đấu đạt" is not a result word of its own.
    // A result word ends a plan's reach only in a clause of its own ("kế hoạch đề ra 100 tỷ, đạt
    // 120 tỷ"); in the plan's clause it is the plan's verb ("mục tiêu … tỷ lệ đạt 104%").
    if (t.type === 'punct' && CLAUSE_MARKS.has(w)) newClause = true;
    if (i >= cueEnd) {
      for (const cue of p.cues.get(w) ?? []) {
        if (cue.words.every((x, k) => tokens[i + k]?.lower === x)) {
          cueEnd = i + cue.words.length;
          const inPlanClause = cue.status === 'actual' && !newClause && cues.length > 0 && cues[cues.length - 1]!.status !== 'actual';
          if (!inPlanClause) cues.push({ at, status: cue.status });
          if (cue.status !== 'actual') newClause = false;
          break;
        }
      }
    }
    if (at < timeEnd) continue;
    const startsTime = p.timeStarts.has(w) || (t.type === 'num' && t.text.length <= 2 && PERIOD_NOUNS.has(tokens[i + 1]?.lower ?? ''));
    if (!startsTime) continue;
    p.time.lastIndex = at;
    const m = p.time.exec(text);
    if (!m) continue;
    timeEnd = at + m[0].length;
    if (!BASELINE.test(text.slice(Math.max(0, at - 14), at))) times.push({ start: at, end: timeEnd, text: m[0] });
  }
  return { cues, times, source: according || reported ? readSource(text, lexicon, p, reported) : null };
}

/** The last item whose `key` is at most `limit` (items in order), or -1. */
function lastAtMost<T>(items: readonly T[], key: (t: T) => number, limit: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= limit) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

/** Status: the nearest cue before the figure in its sentence; an `actual` cue ends an earlier one's reach. No cue: `otherwise`. */
function statusAt(reading: SentenceReading, at: number, otherwise: Status = 'actual'): Status {
  const k = lastAtMost(reading.cues, (c) => c.at, at - 1);
  return k === -1 ? otherwise : reading.cues[k]!.status;
}

/**
 * What a list's lead-in (`Theo báo cáo của Bộ Y tế:`) says of the items under it: the status
 * in force at its end and its source, for items that say neither themselves (SPEC §3b).
 */
export interface LeadIn {
  status: Status | null;
  source: string | null;
}

export function leadInOf(reading: SentenceReading): LeadIn {
  return { status: reading.cues.at(-1)?.status ?? null, source: reading.source };
}

/** Time: the time phrase nearest before the figure, else the first after it; a comparison's baseline is not one. */
function timeAt(reading: SentenceReading, start: number, end: number): string | null {
  const before = lastAtMost(reading.times, (t) => t.end, start);
  if (before !== -1) return reading.times[before]!.text;
  return reading.times[lastAtMost(reading.times, (t) => t.start, end - 1) + 1]?.text ?? null;
}

/** Words a person's name starts with ("ông Nguyễn Văn A, Giám đốc …"). */
const PERSON = /^(?:ông|bà|anh|chị|em|cô|chú|TS|ThS|PGS|GS|BS|đồng chí)\b/u;

/** Source: `Theo X, …` (not `Theo đó`, `Theo thống kê`), or `…, X cho biết` / `X cho thấy`. */
function readSource(sentence: string, lexicon: Lexicon, p: Patterns, reported: boolean): string | null {
  const according = p.according.exec(sentence);
  if (according) {
    const who = according[1]!.trim();
    return lexicon.statement.sourceExclusions.has(who.toLowerCase()) ? null : who;
  }
  if (!reported) return null;
  p.reported.lastIndex = 0;
  let found: string | null = null;
  for (let m = p.reported.exec(sentence); m !== null; m = p.reported.exec(sentence)) found = m[1]!.trim();
  if (!found) return null;
  // "ông A, Giám đốc Sở B cho biết": a person and their title is one source; any other comma ends it.
  const parts = found.split(', ');
  if (parts.length > 1 && !PERSON.test(parts[0]!)) found = parts[parts.length - 1]!;
  const words = found.split(/\s+/);
  // A clause, not a name: too long, or a figure in it.
  if (words.length > 14 || /\d/.test(found.replace(/\d+\/\d{4}|TT&TT/g, ''))) return null;
  return lexicon.statement.sourceExclusions.has(found.toLowerCase()) ? null : found;
}

/** The year of a date as written (`2020-10-05`, `05/10/2020`, `2020`), or null. */
export function yearOf(date: string | undefined | null): number | null {
  const m = date ? /(?<!\d)(19|20)\d\d(?!\d)/.exec(date) : null;
  return m ? Number(m[0]) : null;
}

/**
 * A result stated for a year after the one the text was written in is a forecast: `GDP năm
 * 2021 đạt 6,7%` in an article of 2020 (SPEC §3b). The latest year the figure's time names decides.
 */
export function statusByDate(status: Status, time: string | null, writtenIn: number | null): Status {
  if (status !== 'actual' || writtenIn === null || time === null) return status;
  const years = time.match(/(?<!\d)(19|20)\d\d(?!\d)/g)?.map(Number) ?? [];
  return years.some((y) => y > writtenIn) ? 'forecast' : status;
}

/**
 * Stage: the status, time and source of a figure at `start..end` (document offsets) in a
 * sentence already read ({@link readSentence}, once for all its figures).
 */
export function statementOf(reading: SentenceReading, sentenceStart: number, start: number, end: number, leadIn: LeadIn | null = null, writtenIn: number | null = null): Statement {
  const at = start - sentenceStart;
  const time = timeAt(reading, at, end - sentenceStart);
  return {
    status: statusByDate(statusAt(reading, at, leadIn?.status ?? 'actual'), time, writtenIn),
    time,
    source: reading.source ?? leadIn?.source ?? null,
  };
}
