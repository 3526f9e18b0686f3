// Lighthouse (pinned 12.2.3) on the served production build, mobile and desktop presets, in the
// Debian Chromium with the flags of scripts/browser.mjs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';

/** @typedef {{ path: string, preset: 'mobile' | 'desktop', score: number, fcp: number, lcp: number, tbt: number, cls: number, bytes: number, note?: string }} LighthouseRow */

/**
 * Every run is a first visit. Lighthouse clears the origin's caches and service workers before each run but
 * keeps localStorage and IndexedDB (so as not to log users out), so runs 2 and 3 of a page would start with
 * what run 1 saved (the app's colour scheme and Inter flag, ADR 065) and an empty HTTP cache — a visit no
 * real browser makes. The same for the project and the baseline.
 * @type {import('lighthouse').Flags['clearStorageTypes']}
 */
export const FIRST_VISIT_STORAGE = [
  'file_systems',
  'shader_cache',
  'service_workers',
  'cache_storage',
  'local_storage',
  'indexeddb',
];

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** @param {import('lighthouse').RunnerResult['lhr']} lhr */
function sampleOf(lhr) {
  const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: lhr.categories.performance?.score ?? Number.NaN,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
  };
}

/** @typedef {ReturnType<typeof sampleOf>} Sample */
/** @typedef {{ path: string, baselinePath: string, project: Sample, baseline: Sample, spread: { project: Sample, baseline: Sample } }} PairRow */

/** @param {Sample[]} samples @param {(values: number[]) => number} pick @returns {Sample} */
const summarise = (samples, pick) => ({
  score: pick(samples.map((s) => s.score)),
  fcp: pick(samples.map((s) => s.fcp)),
  lcp: pick(samples.map((s) => s.lcp)),
  tbt: pick(samples.map((s) => s.tbt)),
  cls: pick(samples.map((s) => s.cls)),
  bytes: pick(samples.map((s) => s.bytes)),
});

/**
 * Lighthouse mobile on each project page and the baseline page beside it, alternating run by run (project,
 * baseline, project, …) so both see the same machine load; medians and the spread (max − min) of each.
 * @param {{ path: string, projectUrl: string, baselinePath: string, baselineUrl: string }[]} pairs
 * @param {number} runs
 * @returns {Promise<PairRow[]>}
 */
export async function runLighthousePairs(pairs, runs) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('bench: no Chromium (set CHROME_PATH or apt-get install -y chromium)');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  /** @type {PairRow[]} */
  const rows = [];
  const audit = async (/** @type {string} */ url, attempt = 1) => {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      clearStorageTypes: FIRST_VISIT_STORAGE,
    });
    if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
    const sample = sampleOf(result.lhr);
    // A run Lighthouse could not score (seen once: every run of one page) is said, and run again once.
    if (Number.isNaN(sample.score) || result.lhr.categories.performance?.score === null) {
      const reason = result.lhr.runtimeError?.code ?? result.lhr.runWarnings.join(' ');
      console.log(`bench: Lighthouse gave no score for ${url} (${reason || 'no reason given'})`);
      if (attempt === 1) return audit(url, 2);
    }
    return sample;
  };
  const spreadOf = (/** @type {number[]} */ values) => Math.max(...values) - Math.min(...values);
  try {
    for (const pair of pairs) {
      /** @type {Sample[]} */
      const project = [];
      /** @type {Sample[]} */
      const baseline = [];
      for (let run = 0; run < runs; run += 1) {
        project.push(await audit(`${pair.projectUrl}${pair.path}`));
        baseline.push(await audit(`${pair.baselineUrl}${pair.baselinePath}`));
      }
      rows.push({
        path: pair.path,
        baselinePath: pair.baselinePath,
        project: summarise(project, median),
        baseline: summarise(baseline, median),
        spread: { project: summarise(project, spreadOf), baseline: summarise(baseline, spreadOf) },
      });
      console.log(`bench: lighthouse mobile ${pair.path} vs baseline ${pair.baselinePath} done`);
    }
  } finally {
    chrome.kill();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      process.kill(chrome.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return rows;
}

/**
 * @param {string} baseUrl @param {string[]} paths @param {number} runs runs per page and preset (medians)
 * @param {readonly ('mobile' | 'desktop')[]} [presets]
 * @returns {Promise<LighthouseRow[]>}
 */
export async function runLighthouse(baseUrl, paths, runs, presets = /** @type {const} */ (['mobile', 'desktop'])) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('bench: no Chromium (set CHROME_PATH or apt-get install -y chromium)');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  /** @type {LighthouseRow[]} */
  const rows = [];
  try {
    for (const preset of presets) {
      for (const path of paths) {
        const status = (await fetch(`${baseUrl}${path}`)).status;
        if (status !== 200) {
          // Lighthouse refuses to audit an error page; say so instead of reporting nothing.
          const note = `not measured: HTTP ${status} (this build has no page here)`;
          rows.push({ path, preset, score: NaN, fcp: NaN, lcp: NaN, tbt: NaN, cls: NaN, bytes: NaN, note });
          continue;
        }
        /** @type {Omit<LighthouseRow, 'path' | 'preset' | 'note'>[]} */
        const samples = [];
        for (let run = 0; run < runs; run += 1) {
          const result = await lighthouse(
            `${baseUrl}${path}`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
              clearStorageTypes: FIRST_VISIT_STORAGE,
            },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`bench: Lighthouse returned nothing for ${path}`);
          const { audits, categories } = result.lhr;
          const value = (/** @type {string} */ id) => audits[id]?.numericValue ?? Number.NaN;
          samples.push({
            score: categories.performance?.score ?? Number.NaN,
            fcp: value('first-contentful-paint'),
            lcp: value('largest-contentful-paint'),
            tbt: value('total-blocking-time'),
            cls: value('cumulative-layout-shift'),
            bytes: value('total-byte-weight'),
          });
        }
        const pick = (/** @type {'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'bytes'} */ key) =>
          median(samples.map((s) => s[key]));
        rows.push({
          path,
          preset,
          score: pick('score'),
          fcp: pick('fcp'),
          lcp: pick('lcp'),
          tbt: pick('tbt'),
          cls: pick('cls'),
          bytes: pick('bytes'),
        });
        console.log(`bench: lighthouse ${preset} ${path} done`);
      }
    }
  } finally {
    chrome.kill();
    // Seen here: the headless Chromium outliving kill(). Make sure it does not (it would skew later runs).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      process.kill(chrome.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return rows;
}
