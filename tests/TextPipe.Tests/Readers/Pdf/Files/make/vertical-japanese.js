// Writes a one-page PDF of vertical (tategaki) Japanese: three columns, right to left, each character placed
// one em below the last in Noto Sans CJK JP (Type0, CID-keyed CFF, Identity-H, ToUnicode). Row by row it reads as
// "第第第 / 三二一". Usage: NODE_PATH=<dir>/node_modules node vertical-japanese.js OUT.pdf (npm pdfkit 0.15).
const PDFDocument = require('pdfkit');
const fs = require('fs');
const doc = new PDFDocument({ size: 'A5' });
doc.pipe(fs.createWriteStream(process.argv[2]));
doc.font('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKjp-Regular').fontSize(12);
const columns = ['第一条　この法律は、公布の日から施行する。', '第二条　前条の規定は、次に掲げる者に適用する。', '第三条　大臣は、毎年その結果を公表する。'];
let x = 360;
for (const column of columns) {
  let y = 60;
  for (const ch of column) { doc.text(ch, x, y, { lineBreak: false }); y += 12; }
  x -= 24;
}
doc.end();
