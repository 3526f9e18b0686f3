// Time to load (read + JSON.parse) and validate (parseDataset, src/data/validate.ts, as bundled by the
// prerender's server build) the real and the synthetic datasets, in Node on this machine's CPU.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median } from './lighthouse.mjs';

/**
 * @param {string} serverEntry node_modules/.cache/prerender/entry-server.js (built by the prerender)
 * @param {string} dataDir dist/data
 * @param {{ label: string, files: { clustersFile: string, evaluationFile: string } | null }[]} datasets
 * @param {number} runs
 */
export async function measureValidation(serverEntry, dataDir, datasets, runs = 7) {
  /** @type {{ DATA_FILES: readonly string[], validateDataset: (raw: Record<string, unknown>) => Promise<{ clusters: unknown[] }> }} */
  const server = await import(pathToFileURL(serverEntry).href);
  const rows = [];
  for (const dataset of datasets) {
    const fileOf = (/** @type {string} */ name) =>
      name === 'clusters' && dataset.files
        ? dataset.files.clustersFile
        : name === 'evaluation' && dataset.files
          ? dataset.files.evaluationFile
          : join(dataDir, `${name}.json`);
    /** @type {number[]} */ const load = [];
    /** @type {number[]} */ const validate = [];
    let clusters = 0;
    for (let run = 0; run < runs + 1; run += 1) {
      const t0 = performance.now();
      const raw = Object.fromEntries(
        server.DATA_FILES.map((name) => [name, JSON.parse(readFileSync(fileOf(name), 'utf8'))]),
      );
      const t1 = performance.now();
      const parsed = await server.validateDataset(raw);
      const t2 = performance.now();
      clusters = parsed.clusters.length;
      if (run > 0) {
        load.push(t1 - t0);
        validate.push(t2 - t1);
      }
    }
    rows.push({ dataset: dataset.label, clusters, loadMs: median(load), validateMs: median(validate) });
  }
  return rows;
}
