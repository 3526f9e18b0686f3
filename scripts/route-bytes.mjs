// The JS and CSS a view loads on first view, in gzip bytes (issue 7). Shared by the byte-budget test
// (tests/e2e/budget.e2e.ts) and the bench. The browser says which files a page loads (the entry, the
// view's lazy chunk, the validator, stylesheets); their gzip size is computed from the built files, so
// the figure is deterministic whatever the server's compression. Code the app loads only after the
// page is up (charts, presentation mode, export: DEFERRED) is counted apart, from Vite's manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The CI guard on gzip JS + CSS per view, in bytes: today's heaviest view plus a little room, so a
 * regression fails `npm test`. The heaviest is /timeline: 206.7 kB with every sourced cluster's periods
 * (issue 11; 195.0 kB before them); 208.05 kB since links take a filter change in a transition (issue 15,
 * ADR 036); 208.06 kB with the early-tap keeper in public/before-paint.js, which the build now minifies;
 * 194.82 kB since its Tooltip loads only the tooltip behaviour of `@digdir/designsystemet-web`
 * (vite.speed.ts); 195.42 kB with numbers, dates and lists written without Intl (src/i18n/plain-format.ts:
 * no ICU load while a page starts), the early-tap keeper holding a tap's press too, and the app's
 * start-up chunks preloaded a few per task (src/app/app-code-preload.ts; ADR 036, items 8–10); 185.6 kB
 * since it no longer loads zod (a view imported LEVEL_IDS from a schema file; ESLint now refuses that).
 * The heaviest is now `/` at 192.1 kB. Issue 7's target is 150 kB (FIRST_VIEW_TARGET), which the bench
 * reports and every view still misses: see docs/decisions/031-first-view-bytes.md. Lower this as views
 * get lighter.
 */
export const FIRST_VIEW_BUDGET = 192_500;

/** Issue 7's target for the first view, reported by `npm run bench`. */
export const FIRST_VIEW_TARGET = 150_000;

/**
 * Modules loaded after the first view (lazy): charts, presentation mode, export, the print handout's
 * footer and QR encoder (rendered once the app runs, components/print/print-handout-slot.tsx), and the
 * service worker's registration and Inter for the next visit (after the load event, ADR 065).
 */
export const DEFERRED =
  /(?:-chart\.tsx$|\/features\/(?:presenter|export)\/|\/components\/print\/print-handout-footer\.tsx$|\/workbox-window\/|\/app\/inter-font\.ts$)/;

/** @typedef {{ file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], css?: string[] }} ManifestChunk */

/**
 * Files (relative to the base, with a leading slash) that only deferred modules need.
 * @param {string} distDir @param {Set<string>} loaded
 */
function deferredFiles(distDir, loaded) {
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const closure = (/** @type {string[]} */ keys) => {
    /** @type {Set<string>} */ const files = new Set();
    /** @type {Set<string>} */ const seen = new Set();
    const visit = (/** @type {string} */ key) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      files.add(`/${chunk.file}`);
      for (const css of chunk.css ?? []) files.add(`/${css}`);
      for (const child of chunk.imports ?? []) visit(child);
    };
    keys.forEach(visit);
    return files;
  };
  const loadedEntries = Object.entries(manifest).filter(
    ([, chunk]) => chunk.isEntry || (chunk.isDynamicEntry && loaded.has(`/${chunk.file}`)),
  );
  const isDeferred = (/** @type {string} */ key) => DEFERRED.test(manifest[key]?.src ?? key);
  const eager = closure(loadedEntries.filter(([key]) => !isDeferred(key)).map(([key]) => key));
  const lazy = closure(loadedEntries.filter(([key]) => isDeferred(key)).map(([key]) => key));
  return new Set([...lazy].filter((file) => !eager.has(file)));
}

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
    // The app's code comes after the first paint (ADR 033), which on a busy machine can be more than the
    // half second of quiet that "networkidle" waits for: wait until the app runs, then for quiet again.
    await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const later = deferredFiles(distDir, files);
  const sized = [...files]
    .sort()
    .map((file) => ({ file, gzip: gzipSize(join(distDir, file)), deferred: later.has(file) }));
  const sum = (/** @type {RegExp} */ pattern, /** @type {boolean} */ deferred) =>
    sized.filter((f) => pattern.test(f.file) && f.deferred === deferred).reduce((total, f) => total + f.gzip, 0);
  const js = sum(/\.js$/, false);
  const css = sum(/\.css$/, false);
  const deferred = sum(/\.(js|css)$/, true);
  return { path, js, css, total: js + css, deferred, files: sized };
}
