// A small PNG reader for the tests' screenshots (8-bit RGB or RGBA, not interlaced: what the
// browsers' drivers write), so a test can look at what the browser showed, not only at what a
// canvas holds.
import { inflateSync } from 'node:zlib';

/** Decodes `bytes`; returns { width, height, pixel(x, y) → [r, g, b] }. */
export function readPng(bytes) {
  let offset = 8;
  let header;
  const data = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9], interlace: body[12] };
    else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const { width, height, depth, colour, interlace } = header;
  const channels = { 2: 3, 6: 4 }[colour];
  if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i += 1) {
      const left = i >= channels ? pixels[y * stride + i - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + i] = (line[i] + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => [...pixels.subarray(y * stride + x * channels, y * stride + x * channels + 3)],
  };
}

/** How many pixels of `image` in the box (device px) differ clearly from the box's commonest
 *  colour: what is drawn there on a plain background. */
export function inkedPixels(image, { x, y, width, height }) {
  const counts = new Map();
  const colours = [];
  for (let j = Math.max(0, y); j < Math.min(image.height, y + height); j += 1) {
    for (let i = Math.max(0, x); i < Math.min(image.width, x + width); i += 1) {
      const c = image.pixel(i, j);
      colours.push(c);
      const key = c.join();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let background = [0, 0, 0];
  let most = 0;
  for (const [key, count] of counts) {
    if (count > most) [most, background] = [count, key.split(',').map(Number)];
  }
  return colours.filter((c) => Math.abs(c[0] - background[0]) + Math.abs(c[1] - background[1]) + Math.abs(c[2] - background[2]) > 60).length;
}
