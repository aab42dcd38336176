// Inputs crafted against number extractors: each is made at any size, for the linear-time
// benchmark (`npm run bench -- --sections adversarial`) and the test that each finishes
// (test/adversarial.test.ts).
const repeat = (unit, chars) => unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));

/** name → (size in characters) → text */
export const ADVERSARIAL_INPUTS = {
  'digits': (n) => '1'.repeat(n),
  '1.1.1.1…': (n) => repeat('1.', n),
  '1,1,1,1…': (n) => repeat('1,', n),
  '%%%%…': (n) => '%'.repeat(n),
  'nested brackets': (n) => `${'('.repeat(n / 2)}5${')'.repeat(n / 2)}`,
  'one line of article text': (n) => repeat('Có 94 xã, phường đạt 98% và 2.500 tỷ đồng ', n),
  'numbers and spaces': (n) => repeat('12 ', n),
  'a scale word repeated': (n) => `1 ${repeat('tỷ ', n)}đồng`,
  'mixed combining marks': (n) => repeat('a\u0301\u0323\u0300 1\u0301 ', n),
  'dates and slashes': (n) => repeat('10/11/2021-15/63 ', n),
  'words without numbers': (n) => repeat('xã phường thị trấn ', n),
};
