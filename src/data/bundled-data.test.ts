/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordOfFiles, type DataFileName } from './data-files';
import { parseDataset, type Dataset, type RawDataFiles } from './validate';

// Vitest runs from the project root (where vite.config.ts is).
const dataDir = join(process.cwd(), 'public', 'data');

function readDataFile(name: DataFileName): unknown {
  return JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')) as unknown;
}

function readBundledFiles(): RawDataFiles {
  return recordOfFiles(readDataFile);
}

/** The slugs of research/facts.md, in the article's order (best to worst on international relations). */
const FACTS_SLUGS = [
  'nce-norway-health-tech',
  'nce-media',
  'energy-valley',
  'nce-tourism',
  'the-life-science-cluster',
  'nce-smart-energy-markets',
  'maritime-cleantech',
  'eyde-klyngen',
  'tequity-cluster',
  'nosca-clean-oceans',
  'sams-norway',
  'ocean-autonomy-cluster',
  'nce-ikuben',
  'marine-recycling-cluster',
  'renergy',
  'industrial-green-tech',
  'betongklyngen',
  'construction-city',
  'arena-oslo',
];

describe('bundled dataset (public/data)', () => {
  let cached: Dataset | undefined;
  const data = (): Dataset => (cached ??= parseDataset(readBundledFiles()));

  it('parses with the schemas and passes the cross-file checks', () => {
    expect(() => data()).not.toThrow();
  });

  it('has the 19 clusters with the slugs of facts.md, in the article order', () => {
    const { clusters } = data();
    expect(clusters).toHaveLength(19);
    expect(clusters.map((c) => c.slug)).toEqual(FACTS_SLUGS);
    expect(clusters.map((c) => c.rank)).toEqual(FACTS_SLUGS.map((_, index) => index + 1));
  });

  it('publishes exactly the shares of ranks 1–4 (68, 59, 54, 45) and nothing else', () => {
    const { clusters } = data();
    const published = clusters.flatMap((c) =>
      c.share.status === 'published' ? [{ rank: c.rank, value: c.share.value }] : [],
    );
    expect(published).toEqual([
      { rank: 1, value: 68 },
      { rank: 2, value: 59 },
      { rank: 3, value: 54 },
      { rank: 4, value: 45 },
    ]);
    for (const cluster of clusters.slice(4)) {
      expect(cluster.share).toEqual({ status: 'unknown', reason: 'not-published', source: 'shifter-2024' });
    }
  });

  it('has 8 NCE and 11 Arena clusters', () => {
    const { clusters } = data();
    expect(clusters.filter((c) => c.level === 'nce')).toHaveLength(8);
    expect(clusters.filter((c) => c.level === 'arena')).toHaveLength(11);
  });

  it('reports 37 % overall agreement among 701 respondents', () => {
    const { evaluation } = data();
    expect(evaluation.overallAgreeShare.value).toBe(37);
    expect(evaluation.respondents.value).toBe(701);
    expect(evaluation.clustersEvaluated.value).toBe(19);
  });

  it('counts the levels as Arena 20, Arena Pro unknown, NCE 12, GCE 3', () => {
    const { levels } = data();
    expect(levels.map((l) => l.id)).toEqual(['arena', 'arena-pro', 'nce', 'gce']);
    const counts = Object.fromEntries(levels.map((l) => [l.id, l.count]));
    expect(counts.arena).toMatchObject({ status: 'known', value: 20 });
    expect(counts['arena-pro']).toMatchObject({ status: 'unknown', reason: 'not-published' });
    expect(counts.nce).toMatchObject({ status: 'known', value: 12 });
    expect(counts.gce).toMatchObject({ status: 'known', value: 3 });
  });

  it('dates every timeline event within 2002–2024', () => {
    const { events } = data();
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.date.year, event.id).toBeGreaterThanOrEqual(2002);
      expect(event.date.year, event.id).toBeLessThanOrEqual(2024);
      if (event.end) {
        expect(event.end.year, event.id).toBeGreaterThanOrEqual(event.date.year);
        expect(event.end.year, event.id).toBeLessThanOrEqual(2024);
      }
    }
  });
});
