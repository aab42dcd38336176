import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SolieuError } from '../src/errors.js';
import { decodeLegacyBytes, detectLegacyEncoding, repairLegacyText, type LegacyEncoding } from '../src/formats/legacy-encoding.js';
import { getLegacyTable, loadLegacyTable } from '../src/formats/legacy-tables.js';
import { encodeLegacy } from './helpers/legacy.js';

const SAMPLES = new URL('../samples/', import.meta.url);
const samples = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(new URL(name, SAMPLES), 'utf8')] as const);

/** What a program without the fonts shows: the bytes read as Windows-1252. */
const windows1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'windows-1252');
const hex = (text: string) => Uint8Array.from(text.split(' '), (pair) => Number.parseInt(pair, 16));
const TCVN3_CAPITALS = 'ĂÂÊÔƠƯĐ';
/** TCVN3 writes capitals with tone marks as their lower-case letter (see test/helpers/legacy.ts). */
const withoutToneCapitals = (text: string) =>
  text.replace(/\p{Lu}/gu, (c) => (c < '\u0080' || TCVN3_CAPITALS.includes(c) ? c : c.toLowerCase()));

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((l) => l > '\u007F'), 'đ'];
/** The 134 Vietnamese letters beyond ASCII: 66 vowels with diacritics and đ, in both cases. */
const VIETNAMESE_LETTERS = [...LOWER, ...LOWER.map((l) => l.toUpperCase())];
const lettersOf = (encoding: LegacyEncoding) => [...getLegacyTable(encoding).letters.values()];

describe('the encoding tables', () => {
  it('VNI has every Vietnamese letter, each once', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(lettersOf('vni').sort()).toEqual([...VIETNAMESE_LETTERS].sort());
  });
  it('TCVN3 has every lower-case letter and Ă Â Ê Ô Ơ Ư Đ, each once', () => {
    expect(lettersOf('tcvn3').sort()).toEqual([...LOWER, ...TCVN3_CAPITALS].sort());
  });
  it("TCVN3 agrees with iconv-lite's tcvn codec on every row", () => {
    for (const [sequence, letter] of getLegacyTable('tcvn3').letters) {
      expect(iconv.decode(Buffer.from([sequence.charCodeAt(0)]), 'tcvn'), `byte ${sequence.charCodeAt(0).toString(16)}`).toBe(letter);
    }
  });
});

describe('decodeLegacyBytes', () => {
  const table: [LegacyEncoding, string, string][] = [
    ['tcvn3', '48 B5 20 4E E9 69', 'Hà Nội'],
    ['tcvn3', 'A7 B5 20 4E BD 6E 67', 'Đà Nẵng'],
    ['tcvn3', '93 48 B5 94 20 85', '“Hà” …'],
    ['tcvn3', '09 0A 0D 01 16', '\t\n\r\u0001\u0016'],
    ['tcvn3', '81 A0', '\u0081\u00A0'],
    ['vni', '56 69 65 E4 74', 'Việt'],
    ['vni', '6E 67 F6 F4 F8 69', 'người'],
    ['vni', 'D1 41 CF 49', 'ĐẠI'],
    ['vni', '6F F4', 'oơ'],
    ['vni', 'F4', 'ơ'],
    ['vni', '61', 'a'],
    ['vni', 'E4 F8', 'äø'],
  ];
  for (const [encoding, bytes, expected] of table) {
    it(`${encoding}: ${bytes} → ${expected}`, () => expect(decodeLegacyBytes(hex(bytes), encoding)).toBe(expected));
  }
  it('decodes each byte as it repairs its Windows-1252 reading', () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      for (let byte = 0; byte < 256; byte++) {
        const read = windows1252(Uint8Array.of(byte));
        if (read === '\uFFFD') continue;
        expect(repairLegacyText(read, encoding), `${encoding} ${byte.toString(16)}`).toBe(decodeLegacyBytes(Uint8Array.of(byte), encoding));
      }
    }
  });
});

/** The same sentence typed in TCVN3 and in VNI, as a program without the fonts shows it. */
const TYPED_TCVN3 = 'Ban chØ ®¹o chuyÓn ®æi sè cña tØnh Thanh Ho¸ ®· häp vµ thèng nhÊt kÕ ho¹ch n¨m 2024.';
const TYPED_VNI = 'Ban chæ ñaïo chuyeån ñoåi soá cuûa tænh Thanh Hoùa ñaõ hoïp vaø thoáng nhaát keá hoaïch naêm 2024.';

describe('repairLegacyText', () => {
  const table: [LegacyEncoding, string, string][] = [
    ['tcvn3', TYPED_TCVN3, 'Ban chỉ đạo chuyển đổi số của tỉnh Thanh Hoá đã họp và thống nhất kế hoạch năm 2024.'],
    ['vni', TYPED_VNI, 'Ban chỉ đạo chuyển đổi số của tỉnh Thanh Hóa đã họp và thống nhất kế hoạch năm 2024.'],
    ['tcvn3', 'Thanh Ho¸', 'Thanh Hoá'],
    ['tcvn3', 'Hµ Néi', 'Hà Nội'],
    ['tcvn3', 'ch\u00AD¬ng tr×nh', 'chương trình'],
    ['tcvn3', '§¶ng bé tØnh', 'Đảng bộ tỉnh'],
    ['tcvn3', 'B¸O C¸O', 'BáO CáO'],
    ['tcvn3', '“Hµ Néi” – 2024…', '“Hà Nội” – 2024…'],
    ['tcvn3', 'Hµ Néi → Việt', 'Hà Nội → Việt'],
    ['vni', 'Vieät Nam', 'Việt Nam'],
    ['vni', 'Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['vni', 'ngöôøi', 'người'],
    ['vni', 'VIEÄT NAM', 'VIỆT NAM'],
    ['vni', 'ÑAÏI HOÄI', 'ĐẠI HỘI'],
    ['vni', 'ñoàng', 'đồng'],
    ['vni', 'chæ tieâu', 'chỉ tiêu'],
    ['vni', 'kyû luïc', 'kỷ lục'],
    ['vni', 'Kyø hoïp thöù 8', 'Kỳ họp thứ 8'],
  ];
  for (const [encoding, text, expected] of table) {
    it(`${encoding}: ${text} → ${expected}`, () => expect(repairLegacyText(text, encoding)).toBe(expected));
  }
});

describe('detectLegacyEncoding', () => {
  const sentence =
    'Tỉnh Thanh Hóa có 27/27 huyện, thị xã, thành phố đã hoàn thành chuyển đổi số trong năm 2023, vượt kế hoạch đề ra.';
  const found: [string, string, LegacyEncoding][] = [
    ['a TCVN3 sentence', windows1252(encodeLegacy(sentence, 'tcvn3')), 'tcvn3'],
    ['a VNI sentence', windows1252(encodeLegacy(sentence, 'vni')), 'vni'],
    ['TCVN3 read as Latin-1', encodeLegacy(`“${sentence}”`, 'tcvn3').toString('latin1'), 'tcvn3'],
    ['TCVN3 typed by hand', TYPED_TCVN3, 'tcvn3'],
    ['VNI typed by hand', TYPED_VNI, 'vni'],
  ];
  for (const [name, text, expected] of found) it(`${expected}: ${name}`, () => expect(detectLegacyEncoding(text)).toBe(expected));

  const miss: [string, string][] = [
    ['Vietnamese Unicode', sentence],
    ['Vietnamese Unicode, decomposed', sentence.normalize('NFD')],
    ['Vietnamese without diacritics', 'Tinh Thanh Hoa co 27 huyen da hoan thanh chuyen doi so trong nam 2023.'],
    ['English', 'The province of Thanh Hoa reported 85,000 new accounts in 2023, up 12% on the year before, the department said.'],
    ['French', "L'été dernier, les dépenses ont augmenté de 12 % ; où en sommes-nous ? Les élèves préfèrent le café à l'école, déjà très tôt le matin, même en hiver."],
    ['German', 'Die Größe der Städte wächst schnell: fünf Millionen Bürger über 65 Jahre müssen künftig länger arbeiten, während die Löhne sinken.'],
    ['Spanish', 'El año pasado la economía de España creció un 2,5 %; también aumentó la inversión en educación, según el informe del señor ministro.'],
    ['Portuguese', 'A população cresceu; são milhões de famílias em situação difícil, e o governo anunciou ações até o próximo mês.'],
    ['stray symbols in English', '© 2024 Acme Corp. Temperature 25 °C ± 0.5, add ½ cup of sugar, turn 90° and wait.'],
    ['stray symbols in Vietnamese', 'Bản quyền © 2024. Nhiệt độ 25°C, tăng ½ độ, sai số ± 0,5 °C.'],
    ['a short TCVN3 string', 'Thanh Ho¸'],
    ['a short VNI string', 'Vieät Nam'],
    ['nothing', ''],
  ];
  for (const [name, text] of miss) it(`null: ${name}`, () => expect(detectLegacyEncoding(text)).toBeNull());
});

describe('the sample articles', () => {
  for (const [name, text] of samples) {
    it(`${name}: Unicode is not taken for a legacy encoding`, () => expect(detectLegacyEncoding(text)).toBeNull());
    for (const encoding of ['tcvn3', 'vni'] as const) {
      it(`${name}: ${encoding} bytes and their Windows-1252 reading come back`, () => {
        const expected = encoding === 'tcvn3' ? withoutToneCapitals(text) : text;
        const bytes = encodeLegacy(text, encoding);
        expect(decodeLegacyBytes(bytes, encoding)).toBe(expected);
        const shown = windows1252(bytes);
        expect(detectLegacyEncoding(shown)).toBe(encoding);
        expect(repairLegacyText(shown, encoding)).toBe(expected);
      });
    }
  }
});

describe('loading the tables', () => {
  const original = (encoding: LegacyEncoding) =>
    readFileSync(new URL(`../dictionaries/encodings/${encoding}.tsv`, import.meta.url), 'utf8');
  /** A dictionaries folder whose table has one more row; returns it and that row's line. */
  function withRow(encoding: LegacyEncoding, row: string): [dir: string, line: number] {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-legacy-'));
    mkdirSync(join(dir, 'encodings'));
    const content = original(encoding);
    writeFileSync(join(dir, 'encodings', `${encoding}.tsv`), `${content}${row}\n`);
    return [dir, content.split('\n').length];
  }
  const broken: [string, LegacyEncoding, string, string][] = [
    ['a byte that is not hex', 'vni', '61 G8\tá', 'column `bytes` must be bytes in upper-case hex'],
    ['lower-case hex', 'vni', '61 f8\tà', 'column `bytes` must be bytes in upper-case hex'],
    ['a sequence too long for TCVN3', 'tcvn3', '61 B8\tá', 'column `bytes` must be at most 1 byte'],
    ['an ASCII-only sequence', 'vni', '61 62\tá', 'column `bytes` must hold a byte from 80 to FF'],
    ['a duplicate byte sequence', 'vni', '61 F8\tạ', 'duplicate entry "61 F8"'],
    ['a duplicate letter', 'tcvn3', '80\tá', 'letter "á" is already on line'],
    ['two letters in a cell', 'vni', '80\tab', 'column `letter` must be one letter'],
    ['a letter that is not NFC', 'vni', '80\ta\u0301', 'column `letter` is not NFC'],
  ];
  for (const [name, encoding, row, message] of broken) {
    it(`refuses ${name}`, () => {
      const [dir, line] = withRow(encoding, row);
      const load = () => loadLegacyTable(encoding, dir);
      expect(load).toThrow(`dictionaries/encodings/${encoding}.tsv:${line}: ${message}`);
      expect(load).toThrow(SolieuError);
      try {
        load();
      } catch (error) {
        expect((error as SolieuError).code).toBe('INVALID_DICTIONARY');
      }
    });
  }
  it('names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-legacy-'));
    expect(() => loadLegacyTable('vni', dir)).toThrow(/dictionaries\/encodings\/vni\.tsv: cannot read/);
  });
});
