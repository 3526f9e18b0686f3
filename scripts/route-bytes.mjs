// The JS and CSS a view loads on first view, in gzip bytes (issue 7). Shared by the byte-budget test
// (tests/e2e/budget.e2e.ts) and the bench. The browser says which files a page loads (the entry, the
// view's lazy chunk, the validator, stylesheets); their gzip size is computed from the built files, so
// the figure is deterministic whatever the server's compression.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-view budget of gzip JS + CSS per view, in bytes (issue 7: ≤ 150 kB). */
export const FIRST_VIEW_BUDGET = 150_000;

/** @param {string} file */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Opens `path` in a fresh page, waits until the network is quiet (the app has hydrated), and sums the
 * gzip size of every JS and CSS file it loaded from dist/.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl the served dist/, e.g. http://127.0.0.1:4173
 * @param {string} path e.g. /timeline
 * @param {string} distDir
 */
export async function measureRouteBytes(browser, baseUrl, path, distDir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Set<string>} */
  const files = new Set();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (/\.(js|css)$/.test(url.pathname) && url.href.startsWith(baseUrl)) {
      files.add(url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length));
    }
  });
  try {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  } finally {
    await context.close();
  }
  const sized = [...files].sort().map((file) => ({ file, gzip: gzipSize(join(distDir, file)) }));
  const sum = (/** @type {RegExp} */ pattern) =>
    sized.filter((f) => pattern.test(f.file)).reduce((total, f) => total + f.gzip, 0);
  const js = sum(/\.js$/);
  const css = sum(/\.css$/);
  return { path, js, css, total: js + css, files: sized };
}
