// Takes screenshots of the production build for review: node scripts/screenshots.mjs [route ...]
// Writes test-results/screenshots/<route>-<width>-<lang>-<scheme>.png. Build first (npm run build).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const routes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/levels', '/timeline', '/sources'];
const widths = (process.env.WIDTHS ?? '1280,360').split(',').map(Number);
const langs = (process.env.LANGS ?? 'nb,en').split(',');
/** @type {('light' | 'dark')[]} */
const schemes = (process.env.SCHEMES ?? 'light').split(',').map((s) => (s === 'dark' ? 'dark' : 'light'));
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = await serveDist();
const browser = await launchChromium();
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') console.log(`[${msg.type()}] ${msg.text()}`);
      });
      page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
      for (const lang of langs) {
        for (const route of routes) {
          const sep = route.includes('?') ? '&' : '?';
          await page.goto(`${server.url}${route}${lang === 'en' ? `${sep}lang=en` : ''}`, { waitUntil: 'networkidle' });
          await page.waitForTimeout(300);
          const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
          const file = `${out}/${name}-${width}-${lang}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
