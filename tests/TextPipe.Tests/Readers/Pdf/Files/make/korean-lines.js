// Writes a one-page PDF filled with lines of Korean in Noto Sans CJK KR (Type0, CID-keyed CFF, Identity-H,
// ToUnicode) and a Korean title: with its ToUnicode hidden it is a page for OCR. Tesseract's page layout
// (--psm 3) finds no text on a page with only two or three short lines, so the page is filled.
// Usage: NODE_PATH=<dir>/node_modules node korean-lines.js OUT.pdf (npm pdfkit 0.15, Debian fonts-noto-cjk).
const PDFDocument = require('pdfkit');
const fs = require('fs');
const doc = new PDFDocument({ size: 'A5', info: { Title: '서울 안내' } });
doc.pipe(fs.createWriteStream(process.argv[2]));
doc.font('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKkr-Regular').fontSize(12);
for (let i = 0; i < 11; i++) {
  doc.text('서울의 봄 날씨는 맑고 따뜻합니다. 도서관은 아홉 시에 문을 엽니다.', 50, 60 + i * 40, { width: 320 });
}
doc.end();
