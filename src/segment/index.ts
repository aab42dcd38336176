import { SolieuError } from '../errors.js';
import { loadVntkModels, type VntkModels } from './models.js';
import { segmentWith, tagWith, type TaggedWord, type Word } from './segment.js';

export { segmentWith, tagWith, type TaggedWord, type Word } from './segment.js';
export type { VntkModels } from './models.js';

let loaded: { models: VntkModels } | { error: Error } | undefined;

/**
 * vntk's models, loaded on first use and kept for the process (each worker loads its own).
 * Null when they cannot be loaded; `segmenterError()` then says why, and solieu reads units
 * with its rules alone.
 */
export function getSegmenter(): VntkModels | null {
  if (!loaded) {
    try {
      loaded = { models: loadVntkModels() };
    } catch (error) {
      loaded = { error: error as Error };
    }
  }
  return 'models' in loaded ? loaded.models : null;
}

/** Why the segmenter could not be loaded, or null when it was (or has not been tried). */
export function segmenterError(): Error | null {
  return loaded && 'error' in loaded ? loaded.error : null;
}

function requireSegmenter(): VntkModels {
  const models = getSegmenter();
  if (!models) throw new SolieuError('SEGMENTER_UNAVAILABLE', `vntk's models could not be loaded: ${segmenterError()?.message}`);
  return models;
}

/**
 * The words of a sentence as vntk's `wordTokenizer().tag()` segments it ("doanh nghiệp" is
 * one word), with offsets into `text`. Throws SEGMENTER_UNAVAILABLE without vntk's models.
 */
export const segmentWords = (text: string): Word[] => segmentWith(text, requireSegmenter());

/** The words of a sentence with their VLSP part-of-speech tags, as vntk's `posTag().tag()` gives them. */
export const tagWords = (text: string): TaggedWord[] => tagWith(text, requireSegmenter());
