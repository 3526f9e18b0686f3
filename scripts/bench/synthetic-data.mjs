// Synthetic datasets for the bench (issue 7): the 19 real evaluated clusters followed by clearly synthetic
// ones ("Syntetisk klynge 0020", slug syntetisk-klynge-0020), up to `total` in the ranking. Each synthetic
// cluster gets a directory entry (clusters.json, after the real ones) and a ranking entry (evaluation.json,
// after the real 19). Written to a temp dir at bench time and served instead of public/data/clusters.json
// and evaluation.json by request interception: never shipped. The real data stays first so quotes,
// timeline events and intake rounds still resolve, and the dataset validates.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LEVELS = /** @type {const} */ (['arena', 'nce', 'arena', 'gce', 'arena-pro']);

/**
 * @param {string} dataDir the real data (dist/data or public/data)
 * @param {number} total evaluated clusters in all, real ones included
 * @returns {{ clusters: { clusters: Record<string, unknown>[] }, evaluation: Record<string, unknown> & { ranking: Record<string, unknown>[] } }}
 */
export function syntheticDataset(dataDir, total) {
  /** @type {{ clusters: (Record<string, unknown> & { slug: string, levels: Record<string, unknown>[] })[] }} */
  const directory = JSON.parse(readFileSync(join(dataDir, 'clusters.json'), 'utf8'));
  /** @type {Record<string, unknown> & { ranking: { rank: number, slug: string, share: { status: string } }[] }} */
  const evaluation = JSON.parse(readFileSync(join(dataDir, 'evaluation.json'), 'utf8'));
  const rankTemplate = evaluation.ranking.find((r) => r.share.status === 'unknown');
  const template = directory.clusters.find((c) => c.slug === rankTemplate?.slug);
  const period = template?.levels.at(-1);
  if (!rankTemplate || !template || !period)
    throw new Error('bench: no evaluated cluster with an unknown share to copy');
  const clusters = [...directory.clusters];
  const ranking = [...evaluation.ranking];
  for (let rank = ranking.length + 1; rank <= total; rank += 1) {
    const id = String(rank).padStart(5, '0');
    const slug = `syntetisk-klynge-${id}`;
    clusters.push({
      ...template,
      slug,
      name: `Syntetisk klynge ${id}`,
      formerNames: [],
      aliases: [],
      home: { nb: 'Syntetisk (benchmark)', en: 'Synthetic (benchmark)' },
      county: { status: 'unknown', reason: 'not-found' },
      sector: { nb: 'Syntetiske data', en: 'Synthetic data' },
      levels: [{ ...period, level: LEVELS[rank % LEVELS.length] }],
      members: [],
      website: null,
    });
    ranking.push({ ...rankTemplate, rank, slug });
  }
  return { clusters: { clusters }, evaluation: { ...evaluation, ranking } };
}

/**
 * Writes clusters-<n>.json and evaluation-<n>.json for each size into a fresh temp dir.
 * @param {string} dataDir @param {number[]} sizes
 * @returns {{ dir: string, files: Map<number, { clustersFile: string, evaluationFile: string }> }}
 */
export function writeSyntheticDatasets(dataDir, sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'klyngeinnsikt-bench-'));
  const files = new Map();
  for (const size of sizes) {
    const dataset = syntheticDataset(dataDir, size);
    const clustersFile = join(dir, `clusters-${size}.json`);
    const evaluationFile = join(dir, `evaluation-${size}.json`);
    writeFileSync(clustersFile, JSON.stringify(dataset.clusters));
    writeFileSync(evaluationFile, JSON.stringify(dataset.evaluation));
    files.set(size, { clustersFile, evaluationFile });
  }
  return { dir, files };
}
