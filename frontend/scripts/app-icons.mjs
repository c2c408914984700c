// Renders the app's icons (public/icons/*.png) from the favicon's drawing, once, with the journeys' Chromium:
// node scripts/app-icons.mjs. The PNGs are committed; run it again only when the drawing changes.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import process from 'node:process';

const RED = '#c0392b';
const HOUSE = `
  <path d="M9 23V13l7-4 7 4v10" fill="none" stroke="#fff" stroke-width="2.4" stroke-linejoin="round"/>
  <path d="M13 23v-5h6v5" fill="none" stroke="#fff" stroke-width="2.4" stroke-linejoin="round"/>`;

/**
 * "any": the favicon's rounded square. "maskable" (and Apple's, which rounds the corners itself and shows a
 * transparent corner black): full bleed, the house inside the 80 % safe zone.
 */
const drawing = (purpose) =>
  purpose === 'maskable'
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${RED}"/>
       <g transform="translate(16 16) scale(0.7) translate(-16 -16)">${HOUSE}</g></svg>`
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${RED}"/>
       ${HOUSE}</svg>`;

const out = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const purpose of ['any', 'maskable']) {
    for (const size of [180, 192, 512]) {
      if (size === 180 && purpose !== 'maskable') continue;
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const svg = drawing(purpose).replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const name =
        size === 180 ? 'apple-touch-icon.png' : `icon-${purpose === 'maskable' ? 'maskable-' : ''}${size}.png`;
      await page.screenshot({
        path: out + name,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
