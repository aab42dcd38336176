import JSZip from 'jszip';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news web page around an article: navigation, a related-news box, a comment thread, a
 * script and an advert, which the reader must leave out, and the article's paragraphs with
 * entities in them, which it must keep.
 */
export function newsPage(article: string, meta: { title: string; published: string }): string {
  const [headline, ...paragraphs] = article.split('\n').filter((l) => l.trim());
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(headline!)} | Báo Diễn đàn Doanh nghiệp</title>
<meta property="og:title" content="${escape(meta.title)}">
<meta property="article:published_time" content="${meta.published}">
<script>window.ads = [1, 2, 3]; var price = "99.000 đồng";</script></head>
<body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/kt">Kinh tế 24h</a> <a href="/top">Top 10 tin</a></nav>
<div class="ad-banner">Quảng cáo: giảm 50% vé máy bay, gọi 1900 1234</div>
<main><article class="detail">
<h1>${escape(headline!)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Hà Nội có 30 quận, huyện đạt chuẩn</a></li><li><a href="/b">Giá vàng tăng 2 triệu đồng</a></li></ul></aside>
<section class="comments"><h3>Bình luận (12)</h3><div class="comment">Tôi thấy 100% đúng!</div></section>
</main>
<footer>© 2023 Báo Diễn đàn Doanh nghiệp. Giấy phép số 23/GP-BTTTT. Hotline: 0912 345 678</footer>
</body></html>`;
}

const WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const table = (rows: string[][]) =>
  `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** A Word document (DOCX) of paragraphs and tables, in order: a string is a paragraph, an array of rows a table. */
export async function docx(blocks: (string | string[][])[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const body = blocks.map((b) => (typeof b === 'string' ? paragraph(b) : table(b))).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Text in Windows-1258: letters with their circumflex, breve or horn precomposed, tone marks
 * as combining characters after them — the way that code page writes Vietnamese.
 */
export async function windows1258(text: string): Promise<Buffer> {
  const { default: iconv } = await import('iconv-lite');
  const decomposed = [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tones = parts.match(TONES)?.join('') ?? '';
      return parts.replace(TONES, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(decomposed, 'windows1258');
}
