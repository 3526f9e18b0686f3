// npm run bench (issue 7): builds, serves the production build, and measures in one run:
// Lighthouse (mobile + desktop) on /, a cluster page and /timeline; gzip JS + CSS per page; filter
// click → next paint with the real and synthetic datasets; load + validation time of those datasets.
// Prints the tables and writes bench-report/report.md and report.json (gitignored).
// Env: BENCH_SKIP_BUILD=1 (use the existing dist/), BENCH_LH_RUNS (default 3), BENCH_SIZES (default 1000,10000).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { measureFilterClicks } from './bench/filter-clicks.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { writeReport } from './bench/report.mjs';
import { writeSyntheticDatasets } from './bench/synthetic-data.mjs';
import { measureValidation } from './bench/validation.mjs';
import { measureRouteBytes } from './route-bytes.mjs';
import { serveDist } from './serve-dist.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const CLICKS = 30;
const LIGHTHOUSE_PAGES = ['/', '/clusters/nce-media', '/timeline'];
const BYTE_PAGES = ['/', '/clusters/nce-media', '/levels', '/levels/nce', '/timeline', '/sources'];

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveDist();
const browser = await launchChromium();
const synthetic = writeSyntheticDatasets(join(dist, 'data'), sizes);
const datasets = [
  { label: 'real (19)', files: null },
  ...sizes.map((size) => ({ label: `synthetic ${size}`, files: synthetic.files.get(size) ?? null })),
];
try {
  /** @type {{ path: string, js: number, css: number, total: number, deferred: number, status: number }[]} */
  const bytes = [];
  for (const path of BYTE_PAGES) {
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

  const validation = await measureValidation(
    join(root, 'node_modules', '.cache', 'prerender', 'entry-server.js'),
    join(dist, 'data'),
    datasets,
  );
  console.log('bench: validation done');

  const clicks = [];
  for (const dataset of datasets) {
    clicks.push(await measureFilterClicks(browser, server.url, dist, dataset, CLICKS));
    console.log(`bench: clicks ${dataset.label} done`);
  }

  const lighthouse = await runLighthouse(server.url, LIGHTHOUSE_PAGES, lighthouseRuns);

  const markdown = writeReport(join(root, 'bench-report'), {
    meta: {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
      browser: browser.version(),
      lighthouseRuns,
      clicks: CLICKS,
      validationRuns: 7,
    },
    lighthouse,
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
}
