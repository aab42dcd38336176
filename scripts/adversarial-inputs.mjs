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
  // Shapes a scraper or a PDF converter produces: long lines of figures, no sentence punctuation.
  '9% 9% 9% …': (n) => repeat('9% ', n),
  '2 triệu tỷ nghìn …': (n) => repeat('2 triệu tỷ nghìn ', n),
  'hơn 1.200,5 triệu đồng/15/63 tỉnh …': (n) => repeat('hơn 1.200,5 triệu đồng/15/63 tỉnh ', n),
  '5 triệu, 5 triệu, …': (n) => repeat('5 triệu, ', n),
  '1-2-3-… (one glued chain)': (n) => repeat('1-2-3-', n),
  'one English sentence': (n) => repeat('The company sold 5 million units, up 12% from 2019 and worth $3 billion, ', n),
  'claim pieces mixed at random': (n) => mixture(n),
};

/** Claim pieces in a fixed pseudo-random order (the same text every run), on one line. */
function mixture(n) {
  const pieces = ['9%', 'hơn', '1.200,5', 'triệu', 'tỷ', 'đồng', '/15/63', 'tỉnh', 'từ', 'đến', '-', '2,5', 'USD', 'khoảng',
    'không quá', 'thứ', 'ba mươi', 'lăm', '(38,7)', 'ha', 'km2', 'năm 2020', '10/11/2021', 'Quận 1', 'tăng', 'giảm', 'x', '…'];
  let seed = 42;
  const out = [];
  for (let size = 0; size < n;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const piece = pieces[(seed >>> 16) % pieces.length];
    out.push(piece);
    size += piece.length + 1;
  }
  return out.join(' ');
}
