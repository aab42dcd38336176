#!/usr/bin/env node
// How far `solieu compare` can be trusted on real article pairs (issue #13): the hand-labelled
// pairs of test/compare-pairs/ (README there). For every pair of articles, the claims are
// extracted and compared as `solieu compare` does; each label (a claim of A, a claim of B, the
// same fact or a look-alike) is then looked up among the pairs compare made.
//
//   node scripts/eval-compare.mjs [--verbose] [--json]
//
// Reported: agree precision (of the pairs called agree — or rounded, or within a bound — the
// share that are labelled the same fact with the same figure, or stand in the very same sentence
// in both articles; any other pair no label speaks of counts against it), same-fact recall (of the same-fact labels, the share compare paired), and the
// look-alikes it paired.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standaloneOccurrences } from '../test/compare-pairs/occurrences.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { extract, compareClaims } = await import(join(root, 'dist/index.js'));
const DIR = join(root, 'test/compare-pairs');
const AGREEING = new Set(['agree', 'rounded', 'consistent']);
// A mention of a labelled figure stands for it: see `mentions` below.

export function evaluate() {
  const totals = { agreeing: 0, agreeingRight: 0, agreeingVerbatim: 0, agreeingUnlabelled: 0, same: 0, sameFound: 0, sameRightStatus: 0, different: 0, differentPaired: 0, pairs: 0 };
  const details = [];
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.labels.jsonl')).map((f) => f.replace('.labels.jsonl', '')).sort()) {
    const texts = { a: readFileSync(join(DIR, `${name}.a.txt`), 'utf8'), b: readFileSync(join(DIR, `${name}.b.txt`), 'utf8') };
    const records = { a: extract(texts.a), b: extract(texts.b) };
    const { pairs } = compareClaims({ name: 'a', records: records.a }, { name: 'b', records: records.b });
    const recordAt = (side, { num, occ }) => {
      const at = standaloneOccurrences(texts[side], num)[occ - 1];
      return at === undefined ? null : records[side].find((r) => r.start < at + num.length && at < r.end) ?? null;
    };
    const labels = readFileSync(join(DIR, `${name}.labels.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // A fact said twice in one article (title and body) is labelled once: every mention of the
    // labelled figure — same kind, value and unit — stands for it.
    const sameFigure = (x, y) => x.kind === y.kind && x.value === y.value && x.value_max === y.value_max && x.unit === y.unit;
    const mentions = (side, r) => (r ? records[side].filter((o) => sameFigure(o, r)).map((o) => o.id) : []);
    const keyed = new Map();
    for (const label of labels) {
      const [ra, rb] = [recordAt('a', label.a), recordAt('b', label.b)];
      const [ma, mb] = [mentions('a', ra), mentions('b', rb)];
      for (const x of ma) for (const y of mb) if (!keyed.has(`${x}|${y}`) || label.relation === 'same') keyed.set(`${x}|${y}`, label);
      const paired = ra && rb ? pairs.find((p) => p.a && p.b && ma.includes(p.a.id) && mb.includes(p.b.id)) : undefined;
      if (label.relation === 'same') {
        totals.same++;
        if (paired) {
          totals.sameFound++;
          const right = label.same_figure ? AGREEING.has(paired.status) : paired.status === 'disagree';
          if (right) totals.sameRightStatus++;
        } else details.push(`${name}: MISSED same ${label.a.num} / ${label.b.num} (${label.note})${ra && rb ? '' : ' [not extracted]'}`);
      } else {
        totals.different++;
        if (paired) {
          totals.differentPaired++;
          details.push(`${name}: PAIRED look-alike ${label.a.num} / ${label.b.num} as ${paired.status} (${label.note})`);
        }
      }
    }
    for (const p of pairs) {
      if (!p.a || !p.b) continue;
      totals.pairs++;
      if (!AGREEING.has(p.status)) continue;
      totals.agreeing++;
      const label = keyed.get(`${p.a.id}|${p.b.id}`);
      if (label?.relation === 'same' && label.same_figure) totals.agreeingRight++;
      // No label, but the very same sentence around the very same figure in both copies of a
      // story: the same fact, beyond doubt (near-copies were labelled for their look-alikes).
      else if (!label && p.a.sentence === p.b.sentence && p.a.text === p.b.text) (totals.agreeingRight++, totals.agreeingVerbatim++);
      else if (!label) {
        totals.agreeingUnlabelled++;
        details.push(`${name}: ${p.status} with no label: ${p.a.text} (${p.a.unit ?? ''}) @a:${p.a.start} / ${p.b.text} (${p.b.unit ?? ''}) @b:${p.b.start}`);
      } else details.push(`${name}: WRONG ${p.status}: ${p.a.text} / ${p.b.text} (${label.relation}, ${label.note})`);
    }
  }
  return {
    ...totals,
    agreePrecision: totals.agreeing ? totals.agreeingRight / totals.agreeing : 1,
    sameRecall: totals.same ? totals.sameFound / totals.same : 1,
    details,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = evaluate();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    if (process.argv.includes('--verbose')) for (const d of r.details) console.log(d);
    console.log(`agree precision ${r.agreePrecision.toFixed(3)} (${r.agreeingRight} of ${r.agreeing} pairs called agree/rounded/consistent are the same fact with the same figure — ${r.agreeingVerbatim} of them unlabelled but in the very same sentence; ${r.agreeingUnlabelled} unlabelled, counted wrong)`);
    console.log(`same-fact recall ${r.sameRecall.toFixed(3)} (${r.sameFound} of ${r.same} paired; ${r.sameRightStatus} with the right status)`);
    console.log(`look-alikes paired ${r.differentPaired} of ${r.different}`);
  }
}
