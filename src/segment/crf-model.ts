import { readFileSync } from 'node:fs';

/**
 * A linear-chain CRF model in CRFsuite's file format (`crf1d_model.c` and `cqdb.c` of CRFsuite
 * 0.12, the library inside the `crfsuite` addon that vntk uses), read into arrays, and its
 * Viterbi decoding done exactly as CRFsuite does it: state scores summed attribute by attribute
 * in the order given, transitions from the label references, the first best path kept on ties.
 * Same model, same sums in the same order, so the same labels — without crossing into a native
 * addon with forty strings per token, which costs more than all the rest.
 */
export interface CrfModel {
  labels: readonly string[];
  /**
   * A tagger for items written as the values of a feature template: an attribute is the
   * template key, "=", the value ("T[0].lower=xã"). Looking values up per key spares building
   * forty attribute strings per token. Attributes the model does not know weigh nothing.
   */
  bind(keys: readonly string[]): (items: readonly (readonly string[])[]) => string[];
}

const CHUNK_SIZE = 12;
const FEATURE_SIZE = 20;

/** The strings of a CQDB database by id, read from its backward array. */
function readCqdbStrings(buffer: Buffer, at: number, path: string): string[] {
  if (buffer.toString('latin1', at, at + 4) !== 'CQDB') throw new Error(`${path}: expected a CQDB database at ${at}`);
  const bwdSize = buffer.readUInt32LE(at + 16);
  const bwdOffset = buffer.readUInt32LE(at + 20);
  const strings: string[] = [];
  for (let id = 0; id < bwdSize; id++) {
    const record = buffer.readUInt32LE(at + bwdOffset + id * 4);
    if (!record) continue;
    const size = buffer.readUInt32LE(at + record + 4);
    strings[id] = buffer.toString('utf8', at + record + 8, at + record + 8 + size - 1);
  }
  return strings;
}

/** Reads a CRFsuite model file; throws when it is not one. */
export function readCrfModel(path: string): CrfModel {
  const buffer = readFileSync(path);
  if (buffer.toString('latin1', 0, 4) !== 'lCRF' || buffer.toString('latin1', 8, 12) !== 'FOMC') {
    throw new Error(`${path}: not a CRFsuite model`);
  }
  const u32 = (at: number) => buffer.readUInt32LE(at);
  const numLabels = u32(20);
  const numAttrs = u32(24);
  const [offFeatures, offLabels, offAttrs, offLabelRefs, offAttrRefs] = [u32(28), u32(32), u32(36), u32(40), u32(44)];
  const labels = readCqdbStrings(buffer, offLabels, path);
  const attrNames = readCqdbStrings(buffer, offAttrs, path);

  const feature = (fid: number) => {
    const at = offFeatures + CHUNK_SIZE + FEATURE_SIZE * fid;
    return { dst: u32(at + 8), weight: buffer.readDoubleLE(at + 12) };
  };
  const refs = (table: number, id: number) => {
    const at = u32(table + CHUNK_SIZE + 4 * id);
    return Array.from({ length: u32(at) }, (_, r) => u32(at + 4 + 4 * r));
  };

  // Transition scores: trans[i * L + j], assigned (not summed) from label i's references.
  const L = numLabels;
  const trans = new Float64Array(L * L);
  for (let i = 0; i < L; i++) for (const fid of refs(offLabelRefs, i)) trans[i * L + feature(fid).dst] = feature(fid).weight;

  // State features of each attribute, flattened: attribute id → [start, end) into dst/weight.
  const attrIds = new Map<string, number>();
  const starts = new Uint32Array(numAttrs + 1);
  const dsts: number[] = [];
  const weights: number[] = [];
  for (let a = 0; a < numAttrs; a++) {
    starts[a] = dsts.length;
    if (attrNames[a] !== undefined) attrIds.set(attrNames[a]!, a);
    for (const fid of refs(offAttrRefs, a)) {
      const f = feature(fid);
      dsts.push(f.dst);
      weights.push(f.weight);
    }
  }
  starts[numAttrs] = dsts.length;
  const dst = Int32Array.from(dsts);
  const weight = Float64Array.from(weights);

  return {
    labels,
    bind(keys) {
      // One map per template key: value → attribute id.
      const byKey = keys.map(() => new Map<string, number>());
      const keyIndex = new Map(keys.map((k, i) => [k, i]));
      for (const [name, a] of attrIds) {
        const cut = name.indexOf('=');
        const k = cut === -1 ? undefined : keyIndex.get(name.slice(0, cut));
        if (k !== undefined) byKey[k]!.set(name.slice(cut + 1), a);
      }
      return (items) => {
        const T = items.length;
        if (!T) return [];
        const state = new Float64Array(T * L);
        for (let t = 0; t < T; t++) {
          const values = items[t]!;
          for (let k = 0; k < values.length; k++) {
            const a = byKey[k]!.get(values[k]!);
            if (a === undefined) continue;
            for (let r = starts[a]!; r < starts[a + 1]!; r++) state[t * L + dst[r]!]! += weight[r]!;
          }
        }
        return viterbi(state, trans, T, L).map((l) => labels[l]!);
      };
    },
  };
}

/** `crf1dc_viterbi`: scores in the log domain, strict `<` so the first best predecessor wins. */
function viterbi(state: Float64Array, trans: Float64Array, T: number, L: number): number[] {
  let prev = state.slice(0, L);
  const back = new Int32Array(T * L);
  for (let t = 1; t < T; t++) {
    const cur = new Float64Array(L);
    for (let j = 0; j < L; j++) {
      let max = -Number.MAX_VALUE;
      let argmax = -1;
      for (let i = 0; i < L; i++) {
        const score = prev[i]! + trans[i * L + j]!;
        if (max < score) {
          max = score;
          argmax = i;
        }
      }
      if (argmax >= 0) back[t * L + j] = argmax;
      cur[j] = max + state[t * L + j]!;
    }
    prev = cur;
  }
  const labels = new Array<number>(T).fill(0);
  let max = -Number.MAX_VALUE;
  for (let i = 0; i < L; i++) {
    if (max < prev[i]!) {
      max = prev[i]!;
      labels[T - 1] = i;
    }
  }
  for (let t = T - 2; t >= 0; t--) labels[t] = back[(t + 1) * L + labels[t + 1]!]!;
  return labels;
}
