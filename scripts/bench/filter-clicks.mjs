// Time from a filter click to the next paint on /, over 30 clicks, with the real clusters and with
// synthetic datasets served in place of data/clusters.json. Measured in the page: click, then wait for
// the next animation frame and a message posted from it (which runs after that frame is painted).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './lighthouse.mjs';

/** @param {number[]} values @param {number} p 0–100 */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/**
 * The level filter on / once it exists (a checkbox or toggle button named "NCE"); until then the
 * language switch, which re-renders the same view and table, stands in and the report says so.
 * @param {import('playwright-core').Page} page
 */
async function findFilter(page) {
  const name = /^NCE(\s*\(?\d+\)?)?$/;
  for (const role of /** @type {const} */ (['checkbox', 'button', 'switch', 'radio'])) {
    const locator = page.getByRole(role, { name });
    if ((await locator.count()) > 0) return { locator: locator.first(), control: `level filter "NCE" (${role})` };
  }
  return {
    locator: page.locator('header button').first(),
    control: 'language switch (stand-in: this build has no level filter on /)',
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} distDir
 * @param {{ label: string, files: { clustersFile: string, evaluationFile: string } | null }} dataset null = the real data
 * @param {number} clicks
 */
export async function measureFilterClicks(browser, baseUrl, distDir, dataset, clicks = 30) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (dataset.files) {
    /** @type {[string, string][]} */
    const served = [
      ['clusters', dataset.files.clustersFile],
      ['evaluation', dataset.files.evaluationFile],
    ];
    for (const [name, file] of served) {
      const body = readFileSync(file);
      await page.route(`**/data/${name}.json`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
    // The prerendered / holds the 19 real rows; with other data the page is rendered on the client
    // from the unprerendered shell (404.html), as a page without prerendered markup would be.
    const shell = readFileSync(join(distDir, '404.html'));
    await page.route(`${baseUrl}/`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: shell }));
  }
  try {
    const started = Date.now();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.locator('tbody tr:not([aria-hidden])').first().waitFor({ timeout: 120_000 });
    const firstRender = Date.now() - started;
    const rowsInDom = await page.locator('tbody tr:not([aria-hidden])').count();
    const { locator, control } = await findFilter(page);
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < clicks + 2; i += 1) {
      const ms = await locator.evaluate(
        (element) =>
          new Promise((resolve) => {
            const start = performance.now();
            /** @type {HTMLElement} */ (element).click();
            globalThis.requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          }),
      );
      if (i >= 2) times.push(/** @type {number} */ (ms)); // two warm-up clicks
    }
    return {
      dataset: dataset.label,
      control,
      rowsInDom,
      firstRenderMs: firstRender,
      median: median(times),
      p95: percentile(times, 95),
      max: Math.max(...times),
      errors,
    };
  } finally {
    await context.close();
  }
}
