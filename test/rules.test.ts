import { describe, expect, it } from 'vitest';
import { getLexicon } from '../src/lexicon/load.js';
import { detectNumberStyle } from '../src/pipeline/02-detect-number-style.js';
import { tokenize } from '../src/pipeline/05-tokenize.js';
import { extractSentence } from '../src/pipeline/index.js';
import { sentenceScope } from '../src/pipeline/scope.js';
import { DECISIONS, type DecisionName } from '../src/rules/load.js';
import type { Example, Rule } from '../src/rules/rule-set.js';

// Every rule of dictionaries/rules/ carries its own examples: sentences in which it must decide
// for the marked number (`fires`) and look-alikes in which it must not (`not`).
const lexicon = getLexicon();

/** The rules that decided about the number marked in the example, as `decision/rule`. */
function rulesAt(example: Example): readonly string[] | null {
  const { text } = example;
  const sentence = { start: 0, end: text.length, text, line: 1 };
  const scope = sentenceScope({ text, lexicon, style: detectNumberStyle(text), explain: true }, sentence, tokenize(sentence, lexicon));
  const draft = extractSentence(scope, null, false).find((d) => d.start < example.end && example.start < d.end);
  return draft ? draft.rules : null;
}

const marked = (e: Example) => `${e.text.slice(0, e.start)}[${e.text.slice(e.start, e.end)}]${e.text.slice(e.end)}`;

for (const decision of Object.keys(DECISIONS) as DecisionName[]) {
  describe(`dictionaries/rules/${decision}.tsv`, () => {
    for (const rule of lexicon.rules[decision].rules as readonly Rule[]) {
      const id = `${decision}/${rule.name}`;
      for (const example of rule.fires) {
        it(`${rule.name} decides in: ${marked(example)}`, () => {
          const rules = rulesAt(example);
          expect(rules, `no number at the mark (${rule.where})`).not.toBeNull();
          expect(rules, `${rule.where}`).toContain(id);
        });
      }
      for (const example of rule.not) {
        it(`${rule.name} does not decide in: ${marked(example)}`, () => expect(rulesAt(example) ?? [], rule.where).not.toContain(id));
      }
    }
  });
}
