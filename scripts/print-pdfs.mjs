// Prints views of the production build to PDF as Chromium does (A4, print media), for review:
// node scripts/print-pdfs.mjs [route ...]   (default: /, /levels, /timeline, /clusters/nce-media).
// Writes test-results/print/<route>.pdf and prints each file's page count; look at the pages with
// `pdftoppm -png -r 50 <file>.pdf <prefix>` (poppler-utils). Build first (npm run build).
/* global window -- page.evaluate runs in the page */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const routes =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/levels', '/timeline', '/clusters/nce-media'];
const out = 'test-results/print';
mkdirSync(out, { recursive: true });

const server = await serveDist();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const route of routes) {
    await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    // What a browser does before it prints (page.pdf does not): charts switch to their print size.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForTimeout(300);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    writeFileSync(`${out}/${name}.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    console.log(`${out}/${name}.pdf: ${pages.length} pages`);
  }
} finally {
  await browser.close();
  await server.close();
}
