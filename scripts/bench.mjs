// npm run bench (issues 7, 15): builds, serves the production build, and measures in one run:
// Lighthouse mobile on the views, each beside ../shared/perf-baseline (built in a temp copy), alternating
// run by run, as project / baseline / ratio; the first tap at 4× CPU (as soon as painted, and as soon as the
// app runs); where the main thread's time goes per page (CDP trace + CPU profile); gzip JS + CSS per page;
// filter click → next paint with the real and synthetic datasets; load + validation time of those datasets.
// Prints the tables and writes bench-report/report.md and report.json (gitignored).
// Env: BENCH_SKIP_BUILD=1 (use the existing dist/ and baseline build), BENCH_LH_RUNS (default 3),
// BENCH_SIZES (default 1000,10000; empty for none), BENCH_DESKTOP=1 (Lighthouse desktop too, project only),
// BENCH_TAP_RUNS (default 3), BENCH_BASELINE (default ../shared/perf-baseline), BENCH_PARTS (a comma list of
// bytes, validation, clicks, lighthouse, taps, trace; default all), BENCH_PAGES (a comma list of paths: only these
// pages in Lighthouse and the trace).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { attribute, classifyChunks } from './bench/attribution.mjs';
import { BASELINE_SOURCE, baselinePathFor, buildBaseline, serveBaseline } from './bench/baseline.mjs';
import { measureFilterClicks } from './bench/filter-clicks.mjs';
import { BASELINE_TAPS, PROJECT_TAPS, measureFirstInteractions } from './bench/first-interaction.mjs';
import { runLighthouse, runLighthousePairs } from './bench/lighthouse.mjs';
import { writeReport } from './bench/report.mjs';
import { writeSyntheticDatasets } from './bench/synthetic-data.mjs';
import { measureValidation } from './bench/validation.mjs';
import { measureRouteBytes } from './route-bytes.mjs';
import { serveDist } from './serve-dist.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const tapRuns = Number(process.env.BENCH_TAP_RUNS ?? 3);
const ALL_PARTS = ['bytes', 'validation', 'clicks', 'lighthouse', 'taps', 'trace'];
const parts = new Set((process.env.BENCH_PARTS ?? ALL_PARTS.join(',')).split(','));
const CLICKS = 30;
const onlyPages = process.env.BENCH_PAGES?.split(',').filter(Boolean);
/** @param {string[]} pages */
const selected = (pages) => (onlyPages ? pages.filter((path) => onlyPages.includes(path)) : pages);
const LIGHTHOUSE_PAGES = selected(['/', '/clusters/nce-media', '/timeline', '/levels', '/clusters', '/programme']);
const TRACED_PAGES = selected(['/', '/clusters/nce-media', '/timeline', '/levels']);
const BYTE_PAGES = [
  '/',
  '/clusters/nce-media',
  '/clusters/gce-blue-maritime-cluster',
  '/clusters',
  '/levels',
  '/levels/nce',
  '/timeline',
  '/programme',
  '/sources',
];

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const baselineBuild = buildBaseline(root, { reuse: process.env.BENCH_SKIP_BUILD === '1' });
if ('reason' in baselineBuild) console.log(`bench: ${baselineBuild.reason}: no side-by-side figures`);
const server = await serveDist();
const baselineServer = baselineBuild.dir ? await serveBaseline(baselineBuild.dir) : null;
const browser = await launchChromium();
const synthetic = writeSyntheticDatasets(join(dist, 'data'), sizes);
const datasets = [
  { label: 'real (19)', files: null },
  ...sizes.map((size) => ({ label: `synthetic ${size}`, files: synthetic.files.get(size) ?? null })),
];
try {
  /** @type {{ path: string, js: number, css: number, total: number, deferred: number, status: number }[]} */
  const bytes = [];
  for (const path of parts.has('bytes') ? BYTE_PAGES : []) {
    const status = (await fetch(`${server.url}${path}`)).status;
    const measured = await measureRouteBytes(browser, server.url, path, dist);
    bytes.push({
      path,
      js: measured.js,
      css: measured.css,
      total: measured.total,
      deferred: measured.deferred,
      status,
    });
  }
  console.log('bench: bytes done');

  const validation = !parts.has('validation')
    ? []
    : await measureValidation(
        join(root, 'node_modules', '.cache', 'prerender', 'entry-server.js'),
        join(dist, 'data'),
        datasets,
      );
  console.log('bench: validation done');

  const clicks = [];
  for (const dataset of parts.has('clicks') ? datasets : []) {
    clicks.push(await measureFilterClicks(browser, server.url, dist, dataset, CLICKS));
    console.log(`bench: clicks ${dataset.label} done`);
  }

  const pairs =
    baselineServer && parts.has('lighthouse')
      ? await runLighthousePairs(
          LIGHTHOUSE_PAGES.map((path) => ({
            path,
            projectUrl: server.url,
            baselinePath: baselinePathFor(path),
            baselineUrl: baselineServer.url,
          })),
          lighthouseRuns,
        )
      : [];
  // Saved at once: the later parts take minutes and a failure there should not lose these.
  mkdirSync(join(root, 'bench-report'), { recursive: true });
  writeFileSync(join(root, 'bench-report', 'pairs.json'), `${JSON.stringify(pairs, null, 2)}\n`);
  const lighthouse = await runLighthouse(
    server.url,
    LIGHTHOUSE_PAGES,
    lighthouseRuns,
    process.env.BENCH_DESKTOP === '1' && parts.has('lighthouse') ? ['desktop'] : [],
  );

  const firstInteractions = !parts.has('taps')
    ? []
    : await measureFirstInteractions(
        browser,
        [
          { app: /** @type {const} */ ('project'), baseUrl: server.url, taps: PROJECT_TAPS },
          ...(baselineServer
            ? [{ app: /** @type {const} */ ('baseline'), baseUrl: baselineServer.url, taps: BASELINE_TAPS }]
            : []),
        ],
        tapRuns,
      );

  const projectChunks = classifyChunks(dist);
  const baselineChunks = baselineBuild.dir ? classifyChunks(join(baselineBuild.dir, 'dist')) : new Map();
  const attribution = [];
  for (const path of parts.has('trace') ? TRACED_PAGES : []) {
    attribution.push({ app: 'project', path, ...(await attribute(browser, `${server.url}${path}`, projectChunks)) });
    if (baselineServer && path === '/') {
      attribution.push({
        app: 'baseline',
        path,
        ...(await attribute(browser, `${baselineServer.url}/`, baselineChunks)),
      });
    }
  }
  console.log('bench: attribution done');

  const markdown = writeReport(join(root, 'bench-report'), {
    meta: {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
      browser: browser.version(),
      lighthouseRuns,
      tapRuns,
      baseline: baselineBuild.dir ? `${BASELINE_SOURCE} (built in ${baselineBuild.dir})` : 'none',
      clicks: CLICKS,
      validationRuns: 7,
    },
    pairs,
    lighthouse,
    firstInteractions,
    attribution,
    bytes,
    clicks,
    validation,
  });
  console.log(`\n${markdown}`);
  console.log('bench: wrote bench-report/report.md and bench-report/report.json');
} finally {
  rmSync(synthetic.dir, { recursive: true, force: true });
  await browser.close();
  await server.close();
  await baselineServer?.close();
}
