// Screenshots of presentation-mode slides at meeting-room screen sizes, for review:
// node scripts/slide-screenshots.mjs [slide ...]   (default: slides 1, 2, 3 and 4). Build first (npm run build).
// Writes test-results/slides/slide-<n>-<width>x<height>.png and prints what does not fit.
/* global document, innerHeight, innerWidth, getComputedStyle -- the report runs in the page (page.evaluate) */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const slides = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [1, 2, 3, 4];
const sizes = (process.env.SIZES ?? '1366x768,1280x720,1024x768,1920x1080,360x800')
  .split(',')
  .map((s) => s.split('x').map(Number));
const out = 'test-results/slides';
mkdirSync(out, { recursive: true });

const server = await serveDist();
const browser = await launchChromium();
try {
  for (const [width = 1280, height = 720] of sizes) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
    for (const n of slides) {
      await page.goto(`${server.url}/?present=1&slide=${n}`, { waitUntil: 'networkidle' });
      await page
        .locator(
          '.presentation__slide .recharts-surface, .presentation__slide .tl, .presentation__slide .cluster-slide',
        )
        .first()
        .waitFor();
      await page.waitForTimeout(400);
      const report = await page.evaluate(() => {
        const slide = document.querySelector('.presentation__slide');
        const outside = [...document.querySelectorAll('.presentation__slide *')].filter((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return false;
          return r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1;
        });
        const sizes = [...document.querySelectorAll('.presentation__slide *')]
          .filter(
            (el) =>
              el.getClientRects().length > 0 &&
              getComputedStyle(el).visibility !== 'hidden' &&
              [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent?.trim()),
          )
          .map(
            (el) =>
              parseFloat(getComputedStyle(el).fontSize) *
              (Number(el.closest('[data-fit-scale]')?.getAttribute('data-fit-scale')) || 1),
          );
        return {
          scrollTop: slide?.scrollTop,
          outside: outside.length,
          minFont: Math.min(...sizes).toFixed(1),
        };
      });
      const file = `${out}/slide-${n}-${width}x${height}.png`;
      await page.screenshot({ path: file });
      console.log(file, JSON.stringify(report));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
