// Draws Waymark's icon — a cairn, the stacked stones walkers leave to mark the way — as SVG and
// as PNGs (192, 512, and a maskable 512 with a safe zone). Run once; the results are committed.
// Usage: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x1d, 0x5c, 0x63];
const STONE = [0xfb, 0xf8, 0xf3];
const SUN = [0xf2, 0xb5, 0x4a];

// Shapes in a 0..1 square: a sun, then three stones from bottom to top.
const shapes = [
  { cx: 0.7, cy: 0.28, rx: 0.085, ry: 0.085, colour: SUN },
  { cx: 0.5, cy: 0.74, rx: 0.27, ry: 0.1, colour: STONE },
  { cx: 0.5, cy: 0.555, rx: 0.2, ry: 0.085, colour: STONE },
  { cx: 0.5, cy: 0.395, rx: 0.125, ry: 0.07, colour: STONE },
];

function pixelColour(x, y, scale, offset) {
  const u = (x - offset) / scale;
  const v = (y - offset) / scale;
  for (const s of shapes) {
    const dx = (u - s.cx) / s.rx;
    const dy = (v - s.cy) / s.ry;
    if (dx * dx + dy * dy <= 1) return s.colour;
  }
  return BRAND;
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, { rounded, safeZone }) {
  const samples = 4;
  const scale = safeZone ? size * 0.8 : size;
  const offset = safeZone ? size * 0.1 : 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const radius = rounded ? size * 0.18 : 0;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          const cx = Math.min(Math.max(px, radius), size - radius);
          const cy = Math.min(Math.max(py, radius), size - radius);
          if (radius && (px - cx) ** 2 + (py - cy) ** 2 > radius ** 2) continue;
          const [cr, cg, cb] = pixelColour(px, py, scale, offset);
          r += cr;
          g += cg;
          b += cb;
          a += 255;
        }
      }
      const n = samples * samples;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const coverage = a / 255;
      raw[i] = coverage ? Math.round(r / coverage) : 0;
      raw[i + 1] = coverage ? Math.round(g / coverage) : 0;
      raw[i + 2] = coverage ? Math.round(b / coverage) : 0;
      raw[i + 3] = Math.round(a / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (c) => '#' + c.map((n) => n.toString(16).padStart(2, '0')).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="18" fill="${hex(BRAND)}"/>
${shapes.map((s) => `  <ellipse cx="${s.cx * 100}" cy="${s.cy * 100}" rx="${s.rx * 100}" ry="${s.ry * 100}" fill="${hex(s.colour)}"/>`).join('\n')}
</svg>
`;

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon.svg', svg);
writeFileSync('public/icons/icon-192.png', png(192, { rounded: true, safeZone: false }));
writeFileSync('public/icons/icon-512.png', png(512, { rounded: true, safeZone: false }));
writeFileSync('public/icons/icon-maskable-512.png', png(512, { rounded: false, safeZone: true }));
console.log('icons written to public/icons');
