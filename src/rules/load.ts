import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SolieuError } from '../errors.js';
import { parseNumberedTsv, type TableSchema } from '../lexicon/parse-tsv.js';
import { PhraseIndex } from '../lexicon/phrase-index.js';
import { BUILT_IN_ATOMS, eitherAtom, phraseAtom, shapedAtom, type Atom } from './atoms.js';
import { parsePattern } from './pattern.js';
import { RuleSet, RuleWords, type Example, type Rule } from './rule-set.js';

/** The decisions made by rules, each in its own file of `dictionaries/rules/`, and the values each may give. */
export const DECISIONS = {
  qualifier: ['over', 'under', 'approx', 'at_least', 'at_most', 'none'],
  change: ['up', 'down', 'none'],
  'non-claim': ['date', 'reference', 'drop', 'claim'],
  kind: ['rank', 'ratio', 'count', 'money', 'none'],
  status: ['actual', 'target', 'forecast', 'rule', 'none'],
} as const;
export type DecisionName = keyof typeof DECISIONS;
export type DecisionValue<N extends DecisionName> = (typeof DECISIONS)[N][number];
export type Rules = { [N in DecisionName]: RuleSet<DecisionValue<N>> };

/**
 * Classes that code reads by name besides the rules: a bound or its linking word before a number
 * (a name never ends there; a subject skips it), a change or level word (the same), a word of how
 * a figure is given (`ước tính`, `dự kiến`: the subject skips it).
 */
export const CODE_CLASSES = ['QUALIFIER', 'LINK', 'CHANGE_WORD', 'TIE_WORD'] as const;
export type CodeClass = (typeof CODE_CLASSES)[number];

const CLASSES: TableSchema = {
  file: 'rules/classes.tsv',
  columns: [{ name: 'class', type: 'text' }, { name: 'member', type: 'text' }, { name: 'match', type: 'enum', values: ['phrase', 'word'], optional: true }],
  key: ['class', 'member'],
};
const ruleSchema = (name: DecisionName): TableSchema => ({
  file: `rules/${name}.tsv`,
  columns: [
    { name: 'rule', type: 'text' },
    { name: 'pattern', type: 'text' },
    { name: 'decision', type: 'enum', values: DECISIONS[name] },
    { name: 'priority', type: 'number', optional: true },
    { name: 'reason', type: 'text' },
    { name: 'fires', type: 'text' },
    { name: 'not', type: 'text', optional: true },
  ],
  key: ['rule'],
});

const fail = (where: string, message: string): never => {
  throw new SolieuError('INVALID_DICTIONARY', `dictionaries/${where}: ${message}`, where.split(':')[0]);
};

function read(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    return fail(file, `cannot read (${(error as Error).message})`);
  }
}

/**
 * The first column of another dictionary table (`@context/label-nouns.tsv`): a class kept where
 * its words already are; `@grammar/unit-boundaries.tsv class!=verb` keeps only some rows.
 */
function tableWords(dir: string, ref: string, where: string): string[] {
  const [file = '', filter] = ref.split(' ');
  const lines = read(dir, file).split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines[0]?.split('\t') ?? [];
  const rows = lines.slice(1).map((l) => l.split('\t'));
  if (!filter) return rows.map((r) => r[0]!);
  const m = /^(\w+)(!?=)(.+)$/.exec(filter);
  const column = m ? header.indexOf(m[1]!) : -1;
  if (!m || column === -1) return fail(where, `\`${filter}\`: a filter is COLUMN=value or COLUMN!=value of ${file}`);
  const values = new Set(m[3]!.split(','));
  return rows.filter((r) => values.has(r[column] ?? '') === (m[2] === '=')).map((r) => r[0]!);
}

/**
 * The built-in classes, those that read a table of the lexicon keyed by the first and last words
 * of its phrases (the words a match can start or end with): a rule whose number a time unit
 * stands next to is tried next to "năm", "tháng", not next to every word.
 */
function builtInAtoms(dir: string): Readonly<Record<string, Atom>> {
  const keyed = (atom: Atom): Atom => {
    if (!atom.table) return atom;
    const index = new PhraseIndex<true>(tableWords(dir, atom.table, atom.table.split(' ')[0]!).map((phrase) => [phrase, true]));
    return shapedAtom({ ...atom, lastKeys: index.lastWords(), firstKeys: index.firstWords(), maxLength: index.longest });
  };
  return Object.fromEntries(Object.entries(BUILT_IN_ATOMS).map(([name, atom]) => [name, keyed(atom)]));
}

/** Every class of `classes.tsv` as an atom; a member in capitals names another class, `@file.tsv` a table's words. */
function loadClasses(dir: string, builtIns: Readonly<Record<string, Atom>>): { atoms: Map<string, Atom>; lines: Map<string, number> } {
  const members = new Map<string, { words: string[]; classes: string[]; wholeWords: boolean }>();
  const lines = new Map<string, number>();
  for (const { row, line } of parseNumberedTsv(read(dir, CLASSES.file), CLASSES)) {
    const name = row.class as string;
    const member = row.member as string;
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) fail(`${CLASSES.file}:${line}`, `class name \`${name}\` must be in capitals`);
    if (BUILT_IN_ATOMS[name]) fail(`${CLASSES.file}:${line}`, `\`${name}\` is a built-in class`);
    const entry = members.get(name) ?? { words: [], classes: [], wholeWords: false };
    entry.wholeWords ||= row.match === 'word';
    if (/^[A-Z][A-Z0-9_]*$/.test(member)) entry.classes.push(member);
    else if (member.startsWith('@')) entry.words.push(...tableWords(dir, member.slice(1), `${CLASSES.file}:${line}`));
    else entry.words.push(member);
    members.set(name, entry);
    if (!lines.has(name)) lines.set(name, line);
  }
  const atoms = new Map<string, Atom>();
  const resolving = new Set<string>();
  const resolve = (name: string): Atom | undefined => {
    if (builtIns[name]) return builtIns[name];
    const done = atoms.get(name);
    if (done) return done;
    const entry = members.get(name);
    if (!entry) return undefined;
    if (resolving.has(name)) fail(`${CLASSES.file}:${lines.get(name)}`, `class \`${name}\` includes itself`);
    resolving.add(name);
    const parts = entry.classes.map((c) => resolve(c) ?? fail(`${CLASSES.file}:${lines.get(name)}`, `\`${name}\` includes unknown class \`${c}\``));
    const own = entry.words.length ? [phraseAtom(name, entry.words, entry.wholeWords)] : [];
    const atom = own.length + parts.length === 1 ? shapedAtom({ ...(own[0] ?? parts[0]!), source: name }) : eitherAtom(name, [...own, ...parts]);
    atoms.set(name, atom);
    return atom;
  };
  for (const name of members.keys()) resolve(name);
  return { atoms, lines };
}

/** `giá bán [tối đa là 17.988] đồng | …`: sentences, each with one number marked in brackets. */
function parseExamples(cell: string | null, where: string): Example[] {
  if (!cell) return [];
  return cell.split(' | ').map((raw) => {
    const open = raw.indexOf('[');
    const close = raw.indexOf(']', open);
    if (open === -1 || close === -1 || raw.indexOf('[', open + 1) !== -1) fail(where, `example must mark one number with [ ]: ${JSON.stringify(raw)}`);
    return { text: raw.slice(0, open) + raw.slice(open + 1, close) + raw.slice(close + 1), start: open, end: close - 1 };
  });
}

/**
 * Reads `dictionaries/rules/`: the word classes (a member, a `@table`, another class; `match`
 * `word` for classes of content words that must not be cut out of a longer word) and one file of rules per decision. Refuses, naming
 * the file and line, a pattern that cannot match (no `#`, an unknown class or tag, a repetition
 * past the window), a rule without an example, a class that no rule and no other class uses.
 */
export function loadRules(dir: string): { rules: Rules; classes: ReadonlyMap<CodeClass, Atom> } {
  const builtIns = builtInAtoms(dir);
  const { atoms, lines } = loadClasses(dir, builtIns);
  const used = new Set<string>(CODE_CLASSES);
  const resolve = (name: string) => {
    used.add(name);
    return atoms.get(name) ?? builtIns[name];
  };
  const sets = {} as Record<DecisionName, RuleSet>;
  const words = new RuleWords();
  for (const name of Object.keys(DECISIONS) as DecisionName[]) {
    const schema = ruleSchema(name);
    const rules: Rule[] = [];
    for (const { row, line } of parseNumberedTsv(read(dir, schema.file), schema)) {
      const where = `${schema.file}:${line}`;
      let pattern;
      try {
        pattern = parsePattern(row.pattern as string, resolve);
      } catch (error) {
        fail(where, `pattern \`${row.pattern}\`: ${(error as Error).message}`);
      }
      const fires = parseExamples(row.fires as string, where);
      if (!fires.length) fail(where, `rule \`${row.rule}\` needs an example in \`fires\``);
      rules.push({
        name: row.rule as string, pattern: pattern!, decision: row.decision as string, priority: (row.priority as number | null) ?? 0,
        reason: row.reason as string, fires, not: parseExamples(row.not as string | null, where), where,
      });
    }
    sets[name] = new RuleSet(name, rules, words);
  }
  // A class is used when a pattern names it or another used class includes it.
  const includes = new Map<string, string[]>();
  for (const line of read(dir, CLASSES.file).split(/\r?\n/)) {
    const [cls, member] = line.split('\t');
    if (cls && member && /^[A-Z][A-Z0-9_]*$/.test(member)) (includes.get(cls) ?? includes.set(cls, []).get(cls)!).push(member);
  }
  const reach = [...used];
  while (reach.length) for (const inner of includes.get(reach.pop()!) ?? []) if (!used.has(inner)) (used.add(inner), reach.push(inner));
  for (const [name, line] of lines) if (!used.has(name)) fail(`${CLASSES.file}:${line}`, `class \`${name}\` is used by no rule`);
  const classes = new Map<CodeClass, Atom>();
  for (const name of CODE_CLASSES) classes.set(name, atoms.get(name) ?? fail(CLASSES.file, `class \`${name}\` is read by the code and must be defined`));
  return { rules: sets as unknown as Rules, classes };
}
