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
/**
 * The same words right after a space the pattern matched itself: the look-behind of
 * {@link wordsPattern} would only read that space again, and costs more than all the rest (a
 * reporting verb is looked for after every space of a clause).
 */
const wordsAfterSpace = (phrases: readonly string[]) =>
  phrases.length ? `(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])` : '(?!)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Patterns {
  /** Cue phrases as words, by their first word, longest first. */
  cues: ReadonlyMap<string, { words: string[]; status: Status; reach: 'sentence' | 'clause' | 'lead' | 'condition' }[]>;
  /** Words a time phrase can start with; the phrase itself is matched there (sticky). */
  timeStarts: ReadonlySet<string>;
  /** Periods a number counts ("6 tháng …"): a number before one starts a time phrase. */
  countedPeriods: ReadonlySet<string>;
  /** The time words of one syllable (`hiện`). */
  timeWords: ReadonlySet<string>;
  /** Reporting verbs as words, by their first word. */
  verbs: ReadonlyMap<string, { words: string[] }[]>;
  time: RegExp;
  /** Words right before a time phrase that make it a comparison's baseline. */
  baseline: RegExp;
  /** A person's name ahead of their title ("ông A, Giám đốc …"). */
  person: RegExp;
  according: RegExp;
  accordingAfter: RegExp;
  /** `theo`: a sentence with one may name its source. */
  accordingWords: ReadonlySet<string>;
  /** `thì`: opens the consequence of a condition. */
  consequenceWords: ReadonlySet<string>;
  /** Habitual phrases (`như mọi năm`) as words, by their first word: a `sẽ` after one is a habit. */
  habitual: ReadonlyMap<string, { words: string[] }[]>;
  /** The future words (`sẽ`): the cues a habit turns off. */
  futureWords: ReadonlySet<string>;
  /** A sentence that opens by spelling out the one before it: `Cụ thể,`, `Theo đó:`. */
  elaboration: RegExp;
  elaborationStarts: ReadonlySet<string>;
  elaborationInitials: ReadonlySet<string>;
  /** Whether a sentence opening with a code unit may open an elaboration, by code unit (0 not yet asked, 1 yes, 2 no): filled as first seen, it saves a lower-cased string per sentence. */
  elaborationInitialCodes: Uint8Array;
  reported: RegExp;
  /** What each word may start (a cue, a time phrase, …), all in one entry: one lookup per token instead of one per kind. */
  roles: ReadonlyMap<string, WordRoles>;
  /** The words of `roles` by {@link roleKey}: most tokens' keys are none of theirs, and need no lookup. */
  roleKeys: Uint8Array;
}

/** A number from a word's length and its first and last letters: arithmetic on two letters, cheaper than a map's lookup. */
const roleKey = (w: string) => (w.length * 961 + w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) & 4095;

function roleKeysOf(roles: ReadonlyMap<string, WordRoles>): Uint8Array {
  const keys = new Uint8Array(4096);
  for (const w of roles.keys()) keys[roleKey(w)] = 1;
  return keys;
}

/** The kinds of phrase a word can start (see {@link Patterns.roles}). */
interface WordRoles {
  according: boolean;
  verbs: readonly { words: string[] }[] | undefined;
  habitual: readonly { words: string[] }[] | undefined;
  consequence: boolean;
  cues: Patterns['cues'] extends ReadonlyMap<string, infer V> ? V | undefined : never;
  timeStart: boolean;
}

/** Every word of the patterns' sets and indexes with the kinds it starts. */
function rolesOf(p: Omit<Patterns, 'roles' | 'roleKeys'>): Map<string, WordRoles> {
  const roles = new Map<string, WordRoles>();
  const words = [p.accordingWords, p.verbs.keys(), p.habitual.keys(), p.consequenceWords, p.cues.keys(), p.timeStarts];
  for (const w of words.flatMap((set) => [...set])) {
    roles.set(w, {
      according: p.accordingWords.has(w),
      verbs: p.verbs.get(w),
      habitual: p.habitual.get(w),
      consequence: p.consequenceWords.has(w),
      cues: p.cues.get(w),
      timeStart: p.timeStarts.has(w),
    });
  }
  return roles;
}

/** The patterns of the lexicon last asked about: asked for by every sentence (`elaborationOf`), one comparison is cheaper than a weak map's lookup. */
let cache: { lexicon: Lexicon; patterns: Patterns } | null = null;

/** Phrases by their first word, longest first: a phrase is looked for only where its first word stands. */
function byFirstWord<T extends { words: string[] }>(entries: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) (index.get(entry.words[0]!) ?? index.set(entry.words[0]!, []).get(entry.words[0]!)!).push(entry);
  for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  return index;
}

/** A date after a period word: `2015`, `1/2017`, `30/10`, `I/2024`, `2017 - 2020`. */
const DATE = '(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|\\d{1,2}/\\d{1,2}|[IVX]{1,4}/\\d{4}|[IVX]{1,4}|\\d{4}\\s*[-–]\\s*\\d{4}|\\d{4}|\\d{1,2})';

/**
 * A figure's time, in the shapes `statement/periods.tsv` describes with its words: a period
 * word with its number (`năm 2015`, `quý I/2024`), a count of periods (`6 tháng đầu năm 2017`),
 * `đến năm 2025`, `từ năm 2021 đến nay`, a bare period after `trong`, an occasion, or a word of
 * `statement/time-words.tsv` (`hiện nay`).
 */
function timePattern(periods: Lexicon['statement']['periods'], timeWords: readonly string[]): RegExp {
  const alt = (role: keyof typeof periods) => `(?:${(periods[role] ?? []).map(escape).join('|') || '(?!)'})`;
  const period = `(?:${alt('counted')}|${alt('named')})`;
  const lead = `(?:${alt('lead')} )?`;
  const counted = `\\d{1,2} ${alt('counted')}(?: ${alt('part')})?(?: ${alt('after')}(?: \\d{4})?)`;
  const numbered = `${period} ${DATE}(?: ${alt('until')} (?:${alt('now')}|${period} ${DATE}))?`;
  const bare = `(?<=${alt('bare-lead')} )${alt('bare')}(?: ${alt('bare-after')})?(?![\\p{L}\\p{N}]| \\d)`;
  return new RegExp(`(?:${lead}${counted}|${lead}${numbered}|${bare}|${alt('occasion')}|${wordsPattern(timeWords)})(?![\\p{L}\\p{N}])`, 'iuy');
}

function patterns(lexicon: Lexicon): Patterns {
  let p = cache?.lexicon === lexicon ? cache.patterns : undefined;
  if (!p) {
    const { statusCues, reportingVerbs, notAfterReportingVerb, planVerbs, timeWords, periods, baselineWords, personWords, words } = lexicon.statement;
    // `sẽ` before a verb of a decided act (`sẽ đấu giá`, `sẽ được đầu tư`) is a plan; before any other, a prediction.
    const plans = planVerbs.flatMap((verb) => words.future.flatMap((will) => [[will, ...verb.split(' ')], ...words.passive.map((be) => [will, be, ...verb.split(' ')])]));
    // `Theo X,` opening a sentence or a clause, `…, theo X.` closing one: as written or capitalised.
    const according = `(?:${words.according.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).map(escape).join('|')})`;
    const firsts = (phrases: Iterable<string>) => [...phrases].map((x) => x.split(' ')[0]!.toLowerCase());
    const q: Omit<Patterns, 'roles' | 'roleKeys'> = {
      cues: byFirstWord([
        ...[...statusCues].map(([phrase, { status, reach }]) => ({ words: phrase.split(' '), status, reach })),
        ...plans.map((words) => ({ words, status: 'target' as Status, reach: 'clause' as const })),
      ]),
      // A time phrase starts with a period word, a lead word, an occasion or a word of time-words.tsv.
      timeStarts: new Set(firsts([...timeWords, ...(periods.counted ?? []), ...(periods.named ?? []), ...(periods.lead ?? []), ...(periods.occasion ?? [])])),
      countedPeriods: new Set((periods.counted ?? []).map((x) => x.toLowerCase())),
      timeWords: new Set(timeWords.filter((x) => !x.includes(' ')).map((x) => x.toLowerCase())),
      verbs: byFirstWord(reportingVerbs.map((phrase) => ({ words: phrase.split(' ') }))),
      time: timePattern(periods, timeWords),
      baseline: new RegExp(`(?:${baselineWords.map(escape).join('|')})\\s*$`, 'iu'),
      person: new RegExp(`^(?:${personWords.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
      according: new RegExp(`(?:^|[:,] )${according} ([^,:;]{2,120}?)(?:,|:)`, 'u'),
      // "…, theo Next Shark." — the source named at the end of the sentence.
      accordingAfter: new RegExp(`[,;] ${according} ([^,:;.]{2,60}?)[.!]?["”]?$`, 'u'),
      accordingWords: new Set(words.according),
      habitual: byFirstWord(lexicon.statement.habitualWords.map((phrase) => ({ words: phrase.split(' ') }))),
      futureWords: new Set(words.future),
      consequenceWords: new Set(words.consequence),
      elaborationStarts: new Set(firsts(lexicon.statement.elaborationOpeners)),
      elaborationInitials: new Set(lexicon.statement.elaborationOpeners.map((x) => x.charAt(0))),
      elaborationInitialCodes: new Uint8Array(65536),
      elaboration: new RegExp(`^${wordsPattern(lexicon.statement.elaborationOpeners)}\\s*[,:]`, 'iu'),
      reported: new RegExp(`(?:^|[,;:] )([^,;:]{2,100}?(?:, [^,;:]{2,80}?)?) ${wordsAfterSpace(reportingVerbs)}(?! ${wordsAfterSpace(notAfterReportingVerb)})`, 'giu'),
    };
    const roles = rolesOf(q);
    p = { ...q, roles, roleKeys: roleKeysOf(roles) };
    cache = { lexicon, patterns: p };
  }
  return p;
}

/** What a sentence says once, for all its figures: its cues and time phrases in order, its source. */
export interface SentenceReading {
  /** `null`: no cue from here on (the end of a bracket that held the only cues). */
  cues: { at: number; status: Status | null }[];
  times: { start: number; end: number; text: string }[];
  source: string | null;
}

/** What may stand before a cue that still opens its sentence: a list's mark, a quotation mark. */
const OPENING_MARKS = new Set([':', '-', '–', '"', '“', '+', '•']);

/** Punctuation that ends a clause (not a bracket: "phấn đấu tăng trưởng (GRDP) đạt 7,5%" is one clause). */
const CLAUSE_MARKS = new Set([',', ';', ':', '.', '!', '?']);

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
  const opened: number[] = [];
  let clauseCue = -1;
  let conditional = false;
  // A habit named before (`như mọi năm`): a `sẽ` after it says what happens every time, no forecast.
  let habitual = false;
  const { roleKeys, roles: wordRoles } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const roles = roleKeys[roleKey(w)] === 1 ? wordRoles.get(w) : undefined;
    // Most tokens are words that start nothing: no cue, no time, no clause mark or bracket.
    if (roles === undefined && t.type === 'word') continue;
    const at = t.start - sentence.start;
    // A source is looked for only in a sentence that opens with `Theo` or holds a reporting verb.
    according ||= roles?.according ?? false;
    reported ||= roles?.verbs !== undefined && anyAt(tokens, i, roles.verbs);
    habitual ||= roles?.habitual !== undefined && anyAt(tokens, i, roles.habitual);
    // A cue of several words is one cue: "đạt" inside "phấn đấu đạt" is not a result word of its own.
    // A result word ends a plan's reach only in a clause of its own ("kế hoạch đề ra 100 tỷ, đạt
    // 120 tỷ"); in the plan's clause it is the plan's verb ("mục tiêu … tỷ lệ đạt 104%").
    if (t.type === 'punct' && CLAUSE_MARKS.has(w)) {
      newClause = true;
      // A cue of its clause only (`sẽ`: "…, nhưng lần này … 3 bì") ends here.
      if (clauseCue !== -1) cues.push({ at, status: cues[clauseCue - 1]?.status ?? null }), (clauseCue = -1);
    }
    // A condition (`nếu …`) states its premise as it is; the clause after it, from `thì` or the
    // comma, is what would follow: hypothetical, a forecast ("Nếu mưa kéo dài, 40 vạn người …").
    if (conditional && ((t.type === 'punct' && CLAUSE_MARKS.has(w)) || roles?.consequence)) {
      cues.push({ at, status: 'forecast' });
      clauseCue = cues.length - 1;
      conditional = false;
      if (roles?.consequence) cueEnd = i + 1;
    }
    // A remark in brackets speaks for itself: a cue inside ("(… theo quy định của Luật)") ends at
    // its closing bracket, where the status before it holds again.
    if (w === '(') opened.push(cues.length);
    else if (w === ')' && opened.length) {
      const before = opened.pop()!;
      if (cues.length > before) cues.push({ at, status: cues[before - 1]?.status ?? null });
    }
    if (i >= cueEnd && roles?.cues) {
      for (const cue of roles.cues) {
        if (wordsAt(tokens, i, cue.words)) {
          cueEnd = i + cue.words.length;
          // After a comparison's word the cue is its baseline, not the figure's status: `cao hơn
          // dự kiến`, `so với dự toán`, `bằng 50,4% kế hoạch`.
          if (p.baseline.test(text.slice(Math.max(0, at - 8), at))) break;
          if (habitual && cue.status === 'forecast' && p.futureWords.has(cue.words[0]!)) break;
          const inPlanClause = cue.status === 'actual' && !newClause && cues.length > 0 && cues[cues.length - 1]!.status !== 'actual' && cues[cues.length - 1]!.status !== null;
          if (cue.reach === 'condition') conditional = true;
          else if (!inPlanClause) {
            cues.push({ at, status: cue.status });
            const opening = i === 0 || OPENING_MARKS.has(tokens[i - 1]!.text);
            clauseCue = cue.reach === 'clause' || (cue.reach === 'lead' && !opening) ? cues.length - 1 : -1;
          }
          if (cue.status !== 'actual') newClause = false;
          break;
        }
      }
    }
    if (at < timeEnd) continue;
    const startsTime = roles?.timeStart || (t.type === 'num' && t.text.length <= 2 && p.countedPeriods.has(tokens[i + 1]?.lower ?? ''));
    if (!startsTime) continue;
    // A one-syllable time word the lexicon joins to the syllable before it is part of that word:
    // `hiện` in `phát hiện`, `thực hiện` is no "now".
    if (i > 0 && t.gap && p.timeWords.has(w) && partOfWordBefore(lexicon, tokens[i - 1]!, w)) continue;
    p.time.lastIndex = at;
    const m = p.time.exec(text);
    if (!m) continue;
    timeEnd = at + m[0].length;
    if (!p.baseline.test(text.slice(Math.max(0, at - 14), at))) times.push({ start: at, end: timeEnd, text: m[0] });
  }
  return { cues, times, source: according || reported ? readSource(text, lexicon, p, reported) : null };
}

/**
 * Whether the tokens from `i` on are `words` (lower-cased): a loop, no closure made per token.
 * The token at `i` is the first word already (phrases are found by it): compared from the second.
 */
function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) return false;
  return true;
}

/** Whether the tokens from `i` on are the words of one of the `phrases`. */
function anyAt(tokens: readonly Token[], i: number, phrases: readonly { words: string[] }[]): boolean {
  for (const { words } of phrases) if (wordsAt(tokens, i, words)) return true;
  return false;
}

/** Whether the lexicon has a word of the token before and `w` ("phát hiện"). */
function partOfWordBefore(lexicon: Lexicon, before: Token, w: string): boolean {
  return before.type === 'word' && lexicon.posTrie.get(before.lower)?.next?.get(w)?.tags !== undefined;
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

/** Status: the nearest cue before the figure in its sentence; an `actual` cue ends an earlier one's reach. No cue: null. */
function ownCue(reading: SentenceReading, at: number): Status | null {
  const k = lastAtMost(reading.cues, (c) => c.at, at - 1);
  return k === -1 ? null : reading.cues[k]!.status;
}

/**
 * What a list's lead-in (`Theo báo cáo của Bộ Y tế:`) says of the items under it: the status
 * in force at its end and its source, for items that say neither themselves (SPEC §3b).
 */
export interface LeadIn {
  status: Status | null;
  source: string | null;
}

/**
 * What a sentence that spells out the one before it (`Cụ thể: …`, `Theo đó, …`) takes from that
 * one: the status in force at its end when it is a plan or a rule — the figures of a
 * budget resolution spelled out are the budget's — and no source. Null for any other sentence.
 */
export function elaborationOf(sentence: string, before: () => SentenceReading, lexicon: Lexicon): LeadIn | null {
  const p = patterns(lexicon);
  // Most sentences open with another letter: one look at a table before the pattern.
  if (!opensLikeElaboration(p, sentence)) return null;
  // The pattern, anchored at the start, turns away the other sentences before a first word is cut out and lower-cased.
  if (!p.elaboration.test(sentence) || !p.elaborationStarts.has(sentence.slice(0, sentence.indexOf(' ')).toLowerCase())) return null;
  // A plan's or a norm's: a prediction's `sẽ` speaks for its own clause only.
  const status = before().cues.at(-1)?.status ?? null;
  return status === 'target' || status === 'rule' ? { status, source: null } : null;
}

/** Whether the sentence's first code unit, lower-cased, is the first letter of an opener of {@link elaborationOf}. */
function opensLikeElaboration(p: Patterns, sentence: string): boolean {
  if (sentence.length === 0) return false;
  const code = sentence.charCodeAt(0);
  let known = p.elaborationInitialCodes[code]!;
  if (known === 0) p.elaborationInitialCodes[code] = known = p.elaborationInitials.has(sentence.charAt(0).toLowerCase()) ? 1 : 2;
  return known === 1;
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

/** Source: `Theo X, …` (not `Theo đó`, `Theo thống kê`), or `…, X cho biết` / `X cho thấy`. */
function readSource(sentence: string, lexicon: Lexicon, p: Patterns, reported: boolean): string | null {
  const according = p.according.exec(sentence) ?? p.accordingAfter.exec(sentence);
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
  if (parts.length > 1 && !p.person.test(parts[0]!)) found = parts[parts.length - 1]!;
  let words = found.split(/\s+/);
  // "Một nghiên cứu khác cũng cho thấy": the adverb before the verb is not the source's.
  while (words.length > 1 && lexicon.statement.sourceAdverbs.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  found = words.join(' ');
  // A clause, not a who: it opens with a function word ("có thể nói được …", "khi …").
  const opener = words[0]!.toLowerCase();
  const notOpener = lexicon.statement.sourceNotOpeners;
  if (notOpener.has(opener) || (words.length > 1 && notOpener.has(`${opener} ${words[1]!.toLowerCase()}`))) return null;
  // Nor does it end with one ("… đã nắm được", "… phản đối và"), or cut a bracket or a quotation.
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && (notOpener.has(last) || (words.length > 2 && notOpener.has(`${words[words.length - 2]!.toLowerCase()} ${last}`)))) return null;
  if (/[()"“”]/.test(found) && !balanced(found)) return null;
  // A clause, not a name: too long, or a figure in it.
  if (words.length > 14 || /\d/.test(found.replace(/\d+\/\d{4}|TT&TT/g, ''))) return null;
  return lexicon.statement.sourceExclusions.has(found.toLowerCase()) ? null : found;
}

/**
 * The status the figure's own words decide (stage 16) beside the one its clause's cue gives: the
 * nearer evidence wins, except that a plan or a prediction keeps a regulated figure a plan or
 * a prediction (`dự báo giá xăng sẽ tăng 300 đồng/lít` is a forecast, not the price set).
 */
function closer(decided: Status | null, cued: Status): Status {
  if (decided === null) return cued;
  return decided === 'rule' && (cued === 'target' || cued === 'forecast') ? cued : decided;
}

/** Whether every bracket and quotation mark opened in `s` is closed in it, and none closed that was not opened. */
function balanced(s: string): boolean {
  let round = 0;
  for (const c of s) {
    if (c === '(') round++;
    else if (c === ')' && --round < 0) return false;
  }
  const straight = s.split('"').length - 1;
  return round === 0 && straight % 2 === 0 && s.split('“').length === s.split('”').length;
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
 * sentence already read ({@link readSentence}, once for all its figures); `decided` is the
 * status stage 16's rules read from the words right around it, if any.
 */
export function statementOf(reading: SentenceReading, sentenceStart: number, start: number, end: number, leadIn: LeadIn | null = null, writtenIn: number | null = null, decided: Status | null = null): Statement {
  const at = start - sentenceStart;
  const time = timeAt(reading, at, end - sentenceStart);
  return {
    // The words right around the figure (stage 16) before the clause's cues.
    // Its own sentence's cue with its own words; else its own words; else what a lead-in says.
    status: statusByDate(ownCue(reading, at) !== null ? closer(decided, ownCue(reading, at)!) : decided ?? leadIn?.status ?? 'actual', time, writtenIn),
    time,
    source: reading.source ?? leadIn?.source ?? null,
  };
}
