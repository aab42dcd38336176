/** FNV-1a's starting value: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * The 32-bit FNV-1a hash of `text`'s code units, going on from `h` (a hash of what came before:
 * `fnv1a(b, fnv1a(' ', fnv1a(a)))` hashes `a b` without making the string). The word tables
 * that every token is looked up in (the rules' word ids, the dictionary's syllables, its word-ending
 * pairs) hash this way: cheap arithmetic on the letters, no string made or interned.
 */
export function fnv1a(text: string, h = FNV_OFFSET): number {
  for (let c = 0; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
  return h;
}
