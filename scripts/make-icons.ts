// Draws the add-in's icons: a council-blue clipboard with a tick, as PNGs in assets/ at the sizes
// Office asks for (16, 32 and 80 px for the ribbon; 32 and 64 px for the add-in's icon; 128 px for stores).
// Run with `npm run icons`. No image library: shapes are signed-distance functions sampled 4×4 per pixel
// for smooth edges, and the PNG is written by the tiny encoder below (node:zlib for deflate and CRC).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { crc32 } from "../src/xlsx/package/crc32.js";

type Rgb = readonly [number, number, number];

const BLUE: Rgb = [0x1b, 0x4f, 0x9c]; // council blue: board and tick
const DARK_BLUE: Rgb = [0x10, 0x33, 0x66]; // the clip
const PAPER: Rgb = [0xff, 0xff, 0xff];

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Distance from (px, py) to a rounded rectangle; negative inside. */
function roundedRect(px: number, py: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const dx = Math.abs(px - cx) - hx;
  const dy = Math.abs(py - cy) - hy;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - r;
}

/** Distance from (px, py) to the segment a-b. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - ax - t * vx, py - ay - t * vy);
}

interface Layer {
  colour: Rgb;
  /** Signed distance in unit coordinates (0..1 across the icon); negative inside. */
  shape: (x: number, y: number) => number;
}

/** The glyph, in unit coordinates. Small icons get bolder strokes so they stay readable. */
function layers(size: number): Layer[] {
  const small = size <= 16;
  // At 16 px every stroke is fitted to whole pixels: a 1 px board edge, a clear paper, a 2 px tick.
  const board = small ? { x0: 2 / 16, y0: 2 / 16, x1: 14 / 16, y1: 16 / 16 } : { x0: 0.14, y0: 0.1, x1: 0.86, y1: 0.97 };
  const edge = small ? 1.25 / 16 : 0.1;
  const paper = { x0: board.x0 + edge, y0: board.y0 + edge + (small ? 1 / 16 : 0.06), x1: board.x1 - edge, y1: board.y1 - edge };
  const clip = small ? { x0: 5 / 16, y0: 0.5 / 16, x1: 11 / 16, y1: 4 / 16 } : { x0: 0.32, y0: 0.02, x1: 0.68, y1: 0.2 };
  const tickWidth = small ? 2 / 16 : size <= 32 ? 0.14 : 0.12;
  const tick = small
    ? [
        [4.5 / 16, 9.5 / 16],
        [7 / 16, 12 / 16],
        [11.5 / 16, 7 / 16],
      ]
    : [
        [0.3, 0.6],
        [0.45, 0.75],
        [0.72, 0.42],
      ];
  const [a, b, c] = tick as [[number, number], [number, number], [number, number]];
  return [
    { colour: BLUE, shape: (x, y) => roundedRect(x, y, board.x0, board.y0, board.x1, board.y1, small ? 1.5 / 16 : 0.1) },
    { colour: PAPER, shape: (x, y) => roundedRect(x, y, paper.x0, paper.y0, paper.x1, paper.y1, small ? 0.5 / 16 : 0.04) },
    { colour: DARK_BLUE, shape: (x, y) => roundedRect(x, y, clip.x0, clip.y0, clip.x1, clip.y1, small ? 1 / 16 : 0.06) },
    {
      colour: BLUE,
      shape: (x, y) => Math.min(segment(x, y, a[0], a[1], b[0], b[1]), segment(x, y, b[0], b[1], c[0], c[1])) - tickWidth / 2,
    },
  ];
}

/** RGBA pixels, row by row. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const stack = layers(size);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          // The topmost layer covering the sample wins.
          let colour: Rgb | null = null;
          for (const layer of stack) if (layer.shape(x, y) <= 0) colour = layer.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
        pixels[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return pixels;
}


function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** A truecolour-with-alpha, 8-bit PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const dir = path.join(root, "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    process.stdout.write(`Wrote ${path.relative(root, file)} (${size}×${size})\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
