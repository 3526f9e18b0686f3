import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/browser.mjs';
import { FIRST_VIEW_BUDGET, measureRouteBytes } from '../../scripts/route-bytes.mjs';

// Bytes are deterministic (the same build loads the same files), so the first-view budget is a test;
// times are not, so they live in `npm run bench`. Charts, presentation mode and export load after the
// page is up and are not part of the first view (scripts/route-bytes.mjs, DEFERRED).
const dist = join(process.cwd(), 'dist');
const VIEWS = [
  '/',
  '/levels',
  '/timeline',
  '/programme',
  '/clusters',
  '/sources',
  '/clusters/nce-media',
  '/clusters/gce-blue-maritime-cluster',
  '/levels/nce',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe(`first-view budget: ≤ ${FIRST_VIEW_BUDGET / 1000} kB gzip JS + CSS (guard; the target is in npm run bench)`, () => {
  it.each(VIEWS)('%s stays within the budget', async (path) => {
    const bytes = await measureRouteBytes(browser, inject('baseUrl'), path, dist);
    expect(bytes.js).toBeGreaterThan(0);
    expect(bytes.css).toBeGreaterThan(0);
    const listing = bytes.files.map((f) => `${f.file} ${f.gzip}${f.deferred ? ' (deferred)' : ''}`).join('\n');
    expect(bytes.total, `${path} loads:\n${listing}`).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  it.each([
    ['/embed/ranking', '/'],
    ['/embed/levels-rank', '/levels'],
    ['/embed/timeline-periods', '/timeline'],
  ])('the embed page %s loads fewer bytes than its full view %s (ADR 063)', async (embed, full) => {
    const [embedBytes, fullBytes] = [
      await measureRouteBytes(browser, inject('baseUrl'), embed, dist),
      await measureRouteBytes(browser, inject('baseUrl'), full, dist),
    ];
    expect(embedBytes.total).toBeLessThan(fullBytes.total);
  });

  it('measures files that exist in dist/', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });
});
