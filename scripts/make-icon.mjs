// Draws build/icon.png (512×512), the app icon electron-builder uses: two overlapping rings
// (two organisations working together) on the app's dark blue. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const blue = [29, 78, 137];
const white = [255, 255, 255];
const pixels = Buffer.alloc(size * (size * 4 + 1));

function coverage(x, y) {
  // Rounded square background.
  const r = 96;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  const inside = Math.hypot(x - cx, y - cy) <= r;
  // Two rings.
  const ring = (ox) => Math.abs(Math.hypot(x - ox, y - 256) - 110) <= 22;
  return { inside, ring: ring(196) || ring(316) };
}

for (let y = 0; y < size; y += 1) {
  const row = y * (size * 4 + 1);
  pixels[row] = 0;
  for (let x = 0; x < size; x += 1) {
    // 4× supersampling for smooth edges.
    let bg = 0;
    let fg = 0;
    for (const [dx, dy] of [
      [0.25, 0.25],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.75, 0.75],
    ]) {
      const c = coverage(x + dx, y + dy);
      if (c.inside) bg += 1;
      if (c.inside && c.ring) fg += 1;
    }
    const o = row + 1 + x * 4;
    for (let i = 0; i < 3; i += 1)
      pixels[o + i] = Math.round((blue[i] * (bg - fg) + white[i] * fg) / Math.max(bg, 1));
    pixels[o + 3] = Math.round((bg / 4) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
writeFileSync(
  new URL('../build/icon.png', import.meta.url),
  Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
