import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { slideNumberForChart } from '../../features/presenter/slides';
import { deckOf } from './view-definition';
import { embeddableCharts, navEntries, VIEWS } from './views';

const dataset = loadBundledDataset();
const all = { levels: [], q: '' };

/** Every `chartId="…"` a ChartFigure is given in src/ (the figures the app draws). */
function chartIdsInSource(dir = join(process.cwd(), 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return chartIdsInSource(path);
    if (!name.endsWith('.tsx') || name.endsWith('.test.tsx')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/chartId="([^"]+)"/g)].map((m) => m[1] ?? '');
  });
}

describe('the view registry', () => {
  it('declares every ChartFigure of the app, and each has its own slide (a chart without one fails here)', async () => {
    const deck = (await deckOf(VIEWS)())(dataset, all);
    const declared = VIEWS.flatMap((view) => view.figures);
    expect(new Set(chartIdsInSource())).toEqual(new Set(declared));
    for (const chartId of declared) expect(slideNumberForChart(deck, chartId), chartId).not.toBeNull();
  });

  it('gives every figure of every view an embed page, derived from the registry (ADR 063)', async () => {
    const declared = VIEWS.flatMap((view) => view.figures);
    expect(embeddableCharts().map((chart) => chart.chartId)).toEqual(declared);
    for (const view of VIEWS) {
      if (view.figures.length === 0) continue;
      const embeds = await view.embeds?.();
      expect(Object.keys(embeds ?? {}).sort(), view.id).toEqual([...view.figures].sort());
    }
    for (const chart of embeddableCharts()) expect(typeof (await chart.page()), chart.chartId).toBe('function');
  });

  it('builds the deck in registry order: ranking, levels, timeline (continued), programme, then one slide per cluster', async () => {
    const deck = (await deckOf(VIEWS)())(dataset, all);
    // The programme's figures, a long one continued on slides of at most 12 rows.
    const programme = [
      'programme-clusters',
      'programme-clusters-2',
      'programme-clusters-3',
      'programme-intakes',
      'programme-intakes-2',
      'programme-intakes-3',
      'programme-budget',
      'programme-budget-2',
      'programme-member-firms',
      'programme-effects',
    ];
    // Every sourced cluster's periods: one level a slide, at most 10 rows (Arena 7, Arena Pro 2, NCE 3, GCE 1).
    const allPeriods = deck.filter((s) => s.chartId.startsWith('timeline-all-periods'));
    expect(allPeriods.map((s) => s.title('en'))).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `Every sourced cluster: the periods on Arena (part ${n} of 7)`),
      ...[1, 2].map((n) => `Every sourced cluster: the periods on Arena Pro (part ${n} of 2)`),
      ...[1, 2, 3].map((n) => `Every sourced cluster: the periods on NCE (part ${n} of 3)`),
      'Every sourced cluster: the periods on GCE',
    ]);
    expect(deck.slice(0, 7 + 13 + 10).map((s) => s.chartId)).toEqual([
      'ranking',
      'levels-rank',
      'timeline-milestones',
      'timeline-milestones-2',
      'timeline-milestones-3',
      'timeline-periods',
      'timeline-periods-2',
      'timeline-all-periods',
      ...allPeriods.slice(1).map((s) => s.chartId),
      ...programme,
    ]);
    expect(deck.slice(2, 5).map((s) => s.title('nb'))).toEqual([
      'Tidslinje 2002–2024',
      'Tidslinje 2002–2024 (forts.)',
      'Tidslinje 2002–2024 (forts.)',
    ]);
    expect(deck[3]?.title('en')).toBe('Timeline 2002–2024 (cont.)');
    expect(deck[6]?.title('en')).toBe('The evaluated clusters’ periods (cont.)');
    expect(deck).toHaveLength(7 + 13 + 10 + 19);
    expect(deck[7 + 13 + 10]?.title('nb')).toBe('NCE Norway Health Tech');
    expect(deck.find((s) => s.chartId === 'programme-clusters-2')?.title('en')).toBe(
      'Clusters in the programme by year (part 2 of 3)',
    );
    expect(new Set(deck.map((s) => s.chartId)).size).toBe(deck.length);
  });

  it('keeps only the clusters the ranking shows, and the overview when none matches', async () => {
    const build = await deckOf(VIEWS)();
    const clusterSlides = (filters: { levels: ('nce' | 'arena' | 'gce')[]; q: string }) =>
      build(dataset, filters).filter((s) => s.chartId.startsWith('cluster-'));
    expect(clusterSlides({ levels: ['nce'], q: '' })).toHaveLength(8);
    expect(clusterSlides({ levels: ['arena'], q: 'ocean' })).toHaveLength(2);
    // GCE: no evaluated cluster (the milestones still continue on three slides); the every-cluster periods on one slide (three GCE clusters), the programme's ten.
    const gce = build(dataset, { levels: ['gce'], q: '' });
    expect(gce.slice(0, 8).map((s) => s.chartId)).toEqual([
      'ranking',
      'levels-rank',
      'timeline-milestones',
      'timeline-milestones-2',
      'timeline-milestones-3',
      'timeline-periods',
      'timeline-all-periods',
      'programme-clusters',
    ]);
    expect(gce).toHaveLength(7 + 10);
    expect(build(dataset, { levels: ['nce'], q: '' })[0]?.revealCount).toBe(8);
  });

  it('gives the navigation its entries in order, and the levels link drops the search it ignores', () => {
    expect(navEntries().map((v) => v.nav.path)).toEqual([
      '/',
      '/clusters',
      '/levels',
      '/programme',
      '/timeline',
      '/sources',
    ]);
    expect(navEntries().map((v) => v.nav.label('en'))).toEqual([
      'Ranking',
      'Clusters',
      'Levels',
      'In numbers',
      'Timeline',
      'Sources and method',
    ]);
    const levels = VIEWS.find((v) => v.id === 'levels');
    expect(levels?.keeps).not.toContain('q');
    expect(levels?.keeps).toContain('level');
  });

  it('prerenders every view’s paths from the data', () => {
    const paths = VIEWS.flatMap((view) => view.prerender(dataset));
    // ranking, directory, levels, timeline, programme, sources; a page per directory cluster and per level
    expect(paths).toHaveLength(6 + dataset.directory.length + dataset.levels.length);
    expect(paths).toContain('/programme');
    expect(paths).toContain('/clusters/nce-media');
    expect(paths).toContain('/levels/arena-pro');
  });

  it('has unique ids and routes', () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    expect(new Set(VIEWS.map((v) => v.route)).size).toBe(VIEWS.length);
  });
});
