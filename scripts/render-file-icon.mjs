// Renders resources/build/omstil-plan.svg, the icon of a .omstil file, into the files the installers
// take: omstil-plan.ico (Windows), omstil-plan.icns (macOS) and omstil-plan.png. Chromium draws
// the SVG (playwright-core, as in the browser tests); ICO and ICNS are containers of PNGs, written
// here. Run again after changing the SVG: node scripts/render-file-icon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'build');
const svg = readFileSync(join(dir, 'omstil-plan.svg'), 'utf8');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: process.env.OMSTIL_CHROMIUM ?? '/usr/bin/chromium',
});
const png = new Map();
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    png.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

/** ICO: a directory of entries, each a PNG (Windows Vista and later read PNG entries). */
function ico(sizes) {
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const data = png.get(size);
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...sizes.map((size) => png.get(size))]);
}

/** ICNS: typed chunks of PNG data; the types name the pixel size (and the @2x variants). */
function icns(types) {
  const chunks = types.map(([type, size]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.get(size).length, 4);
    return Buffer.concat([head, png.get(size)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

writeFileSync(join(dir, 'omstil-plan.png'), png.get(1024));
writeFileSync(join(dir, 'omstil-plan.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
writeFileSync(
  join(dir, 'omstil-plan.icns'),
  icns([
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512],
  ]),
);
