// Where the main thread's time goes while a page starts (issue 15), at 4× CPU slowdown, from one load per
// page with a CDP trace (Tracing: compile, module evaluation, style and layout, long tasks) and a CPU profile
// (Profiler: JavaScript self time by the file it is in). Files are put in buckets by what they contain (the
// build's file names are hashes), so the same rules serve the project and the baseline:
//   code evaluation  compiling and evaluating scripts and modules (trace; it contains their top-level code)
//   React            the file with react-dom (here also the boot code beside it): hydrating, rendering (CPU profile)
//   charts           Recharts and the chart components (CPU profile)
//   validation       zod, the schemas, the cross-file checks, hashing the fetched data (CPU profile)
//   formatting       the Intl builtins: number, date and list formats, collators, plural rules (CPU profile)
//   layout           style recalculation and layout (trace)
//   other JS         everything else: the app's components, router, query, state (CPU profile)
//   one bundle       a file holding several of the above (the baseline's single bundle): not split
//   long tasks       the sum over tasks of their time beyond 50 ms (what TBT adds up, without Lighthouse's window)
// The buckets overlap a little: a module's top-level code is in "code evaluation" and in its file's bucket.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CPU_SLOWDOWN } from './first-interaction.mjs';

/** @typedef {'react' | 'charts' | 'validation' | 'mixed' | 'other'} FileBucket */

/** @type {[FileBucket, RegExp][]} */
const MARKERS = [
  ['validation', /\$ZodType|_zod/],
  ['charts', /recharts-/],
  ['react', /hydrateRoot|__reactContainer/],
];

/**
 * Each built JS file's bucket, from what it contains.
 * @param {string} distDir @returns {Map<string, FileBucket>}
 */
export function classifyChunks(distDir) {
  /** @type {Map<string, FileBucket>} */
  const buckets = new Map();
  const assets = join(distDir, 'assets');
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    const text = readFileSync(join(assets, name), 'utf8');
    const found = MARKERS.filter(([, marker]) => marker.test(text)).map(([bucket]) => bucket);
    // One file with several (a single-bundle app like the baseline): its time cannot be split by file.
    buckets.set(name, found.length > 1 ? 'mixed' : (found[0] ?? 'other'));
  }
  return buckets;
}

/** @type {Record<FileBucket, string>} */
const BUCKET_NAMES = {
  react: 'React',
  charts: 'charts',
  validation: 'validation',
  other: 'other JS',
  mixed: 'one bundle (React, charts, zod, app)',
};

const INTL =
  /^(NumberFormat|DateTimeFormat|ListFormat|Collator|PluralRules|format|formatToParts|compare|select|toLocale\w*|localeCompare)$/;
const COMPILE = /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|CompileScript|CompileCode)$/;
const EVALUATE = /^(v8\.evaluateModule|EvaluateScript|v8\.run)$/;
const LAYOUT = /^(Layout|UpdateLayoutTree|RecalculateStyles|UpdateLayerTree|PrePaint)$/;

/** The time covered by a set of (possibly nested) spans. @param {[number, number][]} spans */
function unionMs(spans) {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/**
 * @param {import('playwright-core').Browser} browser @param {string} url @param {Map<string, FileBucket>} buckets
 */
export async function attribute(browser, url, buckets) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: { name?: string } }[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(.../** @type {typeof events} */ (/** @type {unknown} */ (value))),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(
      () => globalThis.document.querySelector('#root:not([data-prerendered])')?.firstElementChild,
      null,
      {
        polling: 100,
        timeout: 120_000,
      },
    );
    // Until the page is quiet: no long task for a while (charts mount after the app starts).
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let timer = setTimeout(resolve, 3000);
          new PerformanceObserver(() => {
            clearTimeout(timer);
            timer = setTimeout(resolve, 3000);
          }).observe({ type: 'longtask' });
        }),
    );
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await complete;

    /** @type {Record<string, number>} */
    const ms = { 'code evaluation': 0, React: 0, charts: 0, validation: 0, formatting: 0, layout: 0, 'other JS': 0 };
    // CPU profile: self time per node from the samples.
    const timeDeltas = profile.timeDeltas ?? [];
    /** @type {Map<number, number>} */
    const selfUs = new Map();
    (profile.samples ?? []).forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (timeDeltas[index] ?? 0)));
    for (const node of profile.nodes) {
      const us = selfUs.get(node.id) ?? 0;
      if (us === 0) continue;
      const { url: file, functionName } = node.callFrame;
      if (!file) {
        if (INTL.test(functionName)) ms.formatting = (ms.formatting ?? 0) + us / 1000;
        continue; // (program), (idle), (garbage collector), native: not JavaScript of a file
      }
      const name = file.split('/').pop()?.split('?')[0] ?? '';
      if (!name.endsWith('.js')) continue;
      const bucket = buckets.get(name) ?? 'other';
      const key = BUCKET_NAMES[bucket];
      ms[key] = (ms[key] ?? 0) + us / 1000;
    }
    // Trace: the renderer's main thread (the one with the most task time).
    /** @type {Map<string, number>} */
    const taskTime = new Map();
    for (const e of events) {
      if (e.ph === 'X' && e.name === 'RunTask')
        taskTime.set(`${e.pid}:${e.tid}`, (taskTime.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    }
    const mainThread = [...taskTime].sort((a, b) => b[1] - a[1])[0]?.[0];
    let longTasks = 0;
    let blocking = 0;
    /** @type {[number, number][]} */
    const evaluation = [];
    /** @type {[number, number][]} */
    const layout = [];
    for (const e of events) {
      if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== mainThread) continue;
      const dur = (e.dur ?? 0) / 1000;
      const span = /** @type {[number, number]} */ ([e.ts / 1000, e.ts / 1000 + dur]);
      if (e.name === 'RunTask' && dur > 50) {
        longTasks += 1;
        blocking += dur - 50;
      } else if (COMPILE.test(e.name) || EVALUATE.test(e.name)) evaluation.push(span);
      else if (LAYOUT.test(e.name)) layout.push(span);
    }
    ms['code evaluation'] = unionMs(evaluation);
    ms.layout = unionMs(layout);
    return { ms, longTasks, blockingMs: blocking };
  } finally {
    await context.close();
  }
}
