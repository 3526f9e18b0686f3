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

  it('holds the 78 sourced clusters of programme.md: 3 GCE, 20 NCE, 11 Arena Pro, 44 Arena by last level', () => {
    const { directory } = data();
    expect(directory).toHaveLength(78);
    const lastLevel = (c: (typeof directory)[number]) => c.levels.filter((p) => p.brand !== true).at(-1)?.level;
    const count = (level: string) => directory.filter((c) => lastLevel(c) === level).length;
    expect([count('gce'), count('nce'), count('arena-pro'), count('arena')]).toEqual([3, 20, 11, 44]);
    for (const slug of FACTS_SLUGS) expect(directory.map((c) => c.slug)).toContain(slug);
  });

  it('keeps both values where sources disagree: Arena in autumn 2006, 21 and 26', () => {
    const { programme } = data();
    const arena2006 = programme.figures.find((f) => f.id === 'clusters-arena-2006-autumn');
    expect(arena2006?.values.map((v) => [v.value, v.source])).toEqual([
      [21, 'snf-arena'],
      [26, 'evalport-arena'],
    ]);
  });

  it("gives 2021's and 2022's cluster counts with the annual reports as sources", () => {
    const { programme } = data();
    const served = (id: string) => programme.figures.find((f) => f.id === id)?.values.map((v) => [v.value, v.source]);
    expect(served('clusters-2021')).toEqual([
      [44, 'in-2021'],
      [44, 'in-ar21b'],
    ]);
    expect(served('clusters-2022')).toEqual([
      [39, 'in-2022'],
      [39, 'in-ar22b'],
    ]);
  });

  it('dates NCE as a brand to the 2019 programme change, not 2021', () => {
    const { events } = data();
    const brand = events.filter((e) => /brand/.test(e.text.en));
    expect(brand.map((e) => e.date.raw)).toEqual(['2019']);
    expect(brand[0]?.sources).toContain('arena-pro');
  });

  it("names Arena Pro's first four, admitted on 8 November 2019", () => {
    const { programme } = data();
    const first = programme.lists.find((l) => l.id === 'arena-pro-2019-11-08');
    expect(first?.clusters).toEqual([
      'woodworks',
      'norwegian-smart-care-cluster',
      'norwegian-tunnel-safety-cluster',
      'solenergiklyngen',
    ]);
  });

  it("maps programme.md's ids for documents facts.md already had to those entries (aliases)", () => {
    const { sources } = data();
    const aliasOf = Object.fromEntries(sources.flatMap((s) => (s.aliases ?? []).map((a) => [a, s.id])));
    expect(aliasOf).toEqual({
      'in-ar21': 'in-2021',
      'in-ar22': 'in-2022',
      'nic-en': 'nic',
      'nic-ap': 'arena-pro',
      'nceclusters-2015': 'nceclusters-nye-nce',
      'gcesub-2009': 'gcesubsea-15770',
      'dagensp-2019': 'dagensperspektiv-2019',
      'shifter-2017': 'shifter-105459',
    });
  });
});
