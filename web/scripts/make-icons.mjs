// Makes Pathway's bitmap icons from web/images/favicon.svg, with Debian's Chromium:
//   web/images/favicon.ico           16, 32 and 48 pixel PNGs in one ICO
//   web/images/pathway-icon-180.png  apple-touch-icon (square corners: iOS rounds them)
// The results are committed; run this again only when favicon.svg changes:
//   node web/scripts/make-icons.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(web, 'package.json'));
const { chromium } = require('playwright-core');

const svg = readFileSync(path.join(web, 'images/favicon.svg'), 'utf8');
const square = svg.replace(/ rx="[^"]*"/, '');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync'],
});

async function png(source, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = 'data:image/svg+xml;base64,' + Buffer.from(source).toString('base64');
  await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
  const image = await page.screenshot({ omitBackground: true });
  await page.close();
  return image;
}

// An ICO file whose images are PNGs (supported by every browser that reads ICO).
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

try {
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push({ size, data: await png(svg, size) });
  writeFileSync(path.join(web, 'images/favicon.ico'), ico(images));
  writeFileSync(path.join(web, 'images/pathway-icon-180.png'), await png(square, 180));
} finally {
  await browser.close();
}
