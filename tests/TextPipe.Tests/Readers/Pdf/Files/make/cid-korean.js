// Writes a one-page PDF whose text is drawn with Noto Sans CJK KR, a CID-keyed CFF font that pdfkit embeds as a
// Type0 font (CIDFontType0C, Identity-H) with a ToUnicode map. Usage: node cid-korean.js OUT.pdf
// Needs the npm package pdfkit (0.15) and Debian fonts-noto-cjk.
const PDFDocument = require('pdfkit');
const fs = require('fs');
const doc = new PDFDocument({ size: 'A5', info: { Title: '서울 안내' } });
doc.pipe(fs.createWriteStream(process.argv[2]));
doc.font('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKkr-Regular').fontSize(12);
doc.text('서울의 봄 날씨는 맑고 따뜻합니다.', 50, 60);
doc.text('도서관은 아홉 시에 문을 엽니다.', 50, 80);
doc.text('中文和日本語のテキストも読めます。', 50, 100);
doc.end();
