import { describe, expect, it } from 'vitest';
import { fnv1a } from '../src/text/hash.js';

describe('fnv1a', () => {
  it('is the 32-bit FNV-1a of the code units (the published test values)', () => {
    expect(fnv1a('') >>> 0).toBe(0x811c9dc5);
    expect(fnv1a('a') >>> 0).toBe(0xe40c292c);
    expect(fnv1a('foobar') >>> 0).toBe(0xbf9cf968);
  });
  it('goes on from a hash as if the texts were one: a pair of syllables hashed without joining them', () => {
    expect(fnv1a('nghiệp', fnv1a(' ', fnv1a('doanh')))).toBe(fnv1a('doanh nghiệp'));
    expect(fnv1a('ab')).not.toBe(fnv1a('ba'));
  });
});
