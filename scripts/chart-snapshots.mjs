// Draws every prerendered chart with Recharts in Chromium at the widths of SNAPSHOT_WIDTHS and writes the
// pictures into the pages (ADR 035). Run by `npm run build` after scripts/prerender.mjs, whose server entry
// (node_modules/.cache/prerender) it reads for the widths. A page's chart is drawn live on its page (its
// snapshot slot is still empty), at a viewport that gives it each width; the build fails when a chart is
// not at the width it should be (the layout changed: update SNAPSHOT_WIDTHS and charts.css together).
// Without Chromium (`npm run build` on a machine without it) the pages keep no snapshots, and the charts
// are drawn live as the app starts.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launchChromium } from './browser.mjs';
import { snapshotMarkup } from './chart-snapshot-markup.mjs';
import { serveDist } from './serve-dist.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDirFlag = process.argv.indexOf('--outDir');
const dist = resolve(root, outDirFlag > 0 ? (process.argv[outDirFlag + 1] ?? 'dist') : 'dist');
const base = process.env.BASE_PATH ?? '/';

/** @type {{ SNAPSHOT_SLOT_ATTRIBUTE: string, SNAPSHOT_WIDTHS: readonly { width: number, viewport: number }[] }} */
const server = await import(pathToFileURL(join(root, 'node_modules', '.cache', 'prerender', 'entry-server.js')).href);
const { SNAPSHOT_SLOT_ATTRIBUTE: SLOT, SNAPSHOT_WIDTHS } = server;

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });

const pages = htmlFiles(dist).filter((file) => readFileSync(file, 'utf8').includes(` ${SLOT}="`));
const drawnBefore = pages.filter((file) => new RegExp(` ${SLOT}="[^"]*"[^>]*><svg`).test(readFileSync(file, 'utf8')));
if (drawnBefore.length > 0)
  throw new Error(
    `chart snapshots: ${relative(dist, drawnBefore[0] ?? '')} has them already; prerender first (npm run build does)`,
  );
if (pages.length === 0) {
  console.log('chart snapshots: no page has a chart');
  process.exit(0);
}
if (!findChromium()) {
  console.warn('chart snapshots: no Chromium (apt-get install -y chromium): pages keep no snapshots');
  process.exit(0);
}

const preview = await serveDist({ outDir: dist, base });
const browser = await launchChromium();
let written = 0;
try {
  for (const file of pages) {
    const path = `/${relative(dist, dirname(file)).split('\\').join('/')}`.replace(/\/$/, '') || '/';
    /** @type {Map<string, string[]>} */
    const drawn = new Map();
    for (const { width, viewport } of SNAPSHOT_WIDTHS) {
      const page = await browser.newPage({ viewport: { width: viewport, height: 900 } });
      // As a returning visitor: Inter from the first paint (ADR 065), so the charts set their text in it.
      // The key is src/app/inter-font.ts's INTER_FONT_STORAGE_KEY (a unit test checks).
      await page.addInitScript(() => {
        try {
          globalThis.localStorage.setItem('klyngeinnsikt.font', 'inter');
        } catch {
          // about:blank has no storage
        }
      });
      try {
        await page.goto(`${preview.url}${path === '/' ? '/' : `${path}/`}`);
        // One at a time in view, as a reader scrolls.
        const wrappers = page.locator('[data-chart-deferred]');
        for (let index = 0; index < (await wrappers.count()); index += 1) {
          await wrappers.nth(index).scrollIntoViewIfNeeded();
          await wrappers.nth(index).locator('.recharts-surface').waitFor({ timeout: 60_000 });
        }
        await page.evaluate(() => globalThis.document.fonts.ready);
        await page.evaluate(
          () =>
            new Promise((done) =>
              globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(() => done(null))),
            ),
        );
        const surfaces = await page.$$eval('[data-chart-deferred]', (wrappers) =>
          wrappers.map((wrapper) => ({
            id: wrapper.getAttribute('data-chart-deferred') ?? '',
            width: Math.round(wrapper.getBoundingClientRect().width),
            markup: wrapper.querySelector('.recharts-surface')?.outerHTML ?? '',
            name: wrapper.closest('figure')?.querySelector('figcaption :is(h2, h3)')?.textContent?.trim() ?? '',
            // The classes between the wrapper and the surface (chart-frame, the chart's own class).
            frames: (() => {
              const classes = [];
              for (
                let el = wrapper.querySelector('.recharts-surface')?.parentElement;
                el && el !== wrapper;
                el = el.parentElement
              )
                if (el.className) classes.unshift(el.className);
              return classes;
            })(),
          })),
        );
        for (const surface of surfaces) {
          if (surface.width !== width)
            throw new Error(
              `chart snapshots: ${path} chart "${surface.id}" is ${surface.width} px wide at a ${viewport} px viewport, not ${width}`,
            );
          drawn.set(surface.id, [
            ...(drawn.get(surface.id) ?? []),
            snapshotMarkup(surface.markup, width, surface.frames, surface.name),
          ]);
        }
      } catch (error) {
        throw new Error(`chart snapshots: ${path} at a ${viewport} px viewport`, { cause: error });
      } finally {
        await page.close();
      }
    }
    let html = readFileSync(file, 'utf8');
    for (const [id, markups] of drawn) {
      const slot = new RegExp(`(<div[^>]* ${SLOT}="${id}"[^>]*>)(</div>)`);
      if (!slot.test(html)) throw new Error(`chart snapshots: ${path} has no slot for chart "${id}"`);
      html = html.replace(slot, (_, open, close) => `${open}${markups.join('')}${close}`);
      written += 1;
    }
    writeFileSync(file, html);
  }
} finally {
  await browser.close();
  await preview.close();
}
console.log(`chart snapshots: ${written} charts on ${pages.length} pages, ${SNAPSHOT_WIDTHS.length} widths each`);
