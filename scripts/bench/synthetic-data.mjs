// Synthetic datasets for the bench (issue 7): the 19 real clusters followed by clearly synthetic ones
// ("Syntetisk klynge 0020", slug syntetisk-klynge-0020), up to `total`. Written to a temp dir at bench
// time and served instead of public/data/clusters.json by request interception: never shipped. The
// real clusters stay first so quotes and timeline events still resolve, and the dataset validates.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LEVELS = /** @type {const} */ (['arena', 'nce', 'arena', 'gce', 'arena-pro']);

/**
 * @param {string} dataDir the real data (dist/data or public/data)
 * @param {number} total clusters in all, real ones included
 */
export function syntheticClusters(dataDir, total) {
  /** @type {{ clusters: Record<string, unknown>[] }} */
  const real = JSON.parse(readFileSync(join(dataDir, 'clusters.json'), 'utf8'));
  const template = real.clusters.find((c) => /** @type {{ status: string }} */ (c.share).status === 'unknown');
  if (!template) throw new Error('bench: no cluster with an unknown share to copy');
  const clusters = [...real.clusters];
  for (let rank = clusters.length + 1; rank <= total; rank += 1) {
    const id = String(rank).padStart(5, '0');
    clusters.push({
      ...template,
      rank,
      slug: `syntetisk-klynge-${id}`,
      name: `Syntetisk klynge ${id}`,
      level: LEVELS[rank % LEVELS.length],
      formerNames: [],
      home: { nb: 'Syntetisk (benchmark)', en: 'Synthetic (benchmark)' },
      sector: { nb: 'Syntetiske data', en: 'Synthetic data' },
      members: { status: 'unknown', reason: 'not-found' },
      website: null,
    });
  }
  return { clusters };
}

/**
 * Writes clusters-<n>.json for each size into a fresh temp dir.
 * @param {string} dataDir @param {number[]} sizes
 * @returns {{ dir: string, files: Map<number, string> }}
 */
export function writeSyntheticDatasets(dataDir, sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'klyngeinnsikt-bench-'));
  const files = new Map();
  for (const size of sizes) {
    const file = join(dir, `clusters-${size}.json`);
    writeFileSync(file, JSON.stringify(syntheticClusters(dataDir, size)));
    files.set(size, file);
  }
  return { dir, files };
}
