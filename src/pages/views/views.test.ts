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

  it('builds the deck in registry order: ranking, levels, milestones (continued), periods, then one slide per cluster', async () => {
    const deck = (await deckOf(VIEWS)())(dataset, all);
    expect(deck.slice(0, 7).map((s) => s.chartId)).toEqual([
      'ranking',
      'levels-rank',
      'timeline-milestones',
      'timeline-milestones-2',
      'timeline-milestones-3',
      'timeline-periods',
      'timeline-periods-2',
    ]);
    expect(deck.slice(2, 5).map((s) => s.title('nb'))).toEqual([
      'Tidslinje 2002–2024',
      'Tidslinje 2002–2024 (forts.)',
      'Tidslinje 2002–2024 (forts.)',
    ]);
    expect(deck[3]?.title('en')).toBe('Timeline 2002–2024 (cont.)');
    expect(deck[6]?.title('en')).toBe('The evaluated clusters’ periods (cont.)');
    expect(deck).toHaveLength(7 + 19);
    expect(deck[7]?.title('nb')).toBe('NCE Norway Health Tech');
    expect(new Set(deck.map((s) => s.chartId)).size).toBe(deck.length);
  });

  it('keeps only the clusters the ranking shows, and the overview when none matches', async () => {
    const build = await deckOf(VIEWS)();
    const nce = build(dataset, { levels: ['nce'], q: '' });
    // The 8 NCE clusters' periods fit one slide; the 11 Arena clusters' need a continued one.
    expect(nce.slice(6).map((s) => s.title('en'))).toHaveLength(8);
    expect(build(dataset, { levels: ['arena'], q: 'ocean' }).slice(7)).toHaveLength(2);
    expect(build(dataset, { levels: ['gce'], q: '' })).toHaveLength(6);
    expect(nce[0]?.revealCount).toBe(8);
  });

  it('gives the navigation its entries in order, and the levels link drops the search it ignores', () => {
    expect(navEntries().map((v) => v.nav.path)).toEqual(['/', '/clusters', '/levels', '/timeline', '/sources']);
    expect(navEntries().map((v) => v.nav.label('en'))).toEqual([
      'Ranking',
      'Clusters',
      'Levels',
      'Timeline',
      'Sources and method',
    ]);
    const levels = VIEWS.find((v) => v.id === 'levels');
    expect(levels?.keeps).not.toContain('q');
    expect(levels?.keeps).toContain('level');
  });

  it('prerenders every view’s paths from the data', () => {
    const paths = VIEWS.flatMap((view) => view.prerender(dataset));
    // ranking, directory, levels, timeline, sources; a page per directory cluster and per level
    expect(paths).toHaveLength(5 + dataset.directory.length + dataset.levels.length);
    expect(paths).toContain('/clusters/nce-media');
    expect(paths).toContain('/levels/arena-pro');
  });

  it('has unique ids and routes', () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    expect(new Set(VIEWS.map((v) => v.route)).size).toBe(VIEWS.length);
  });
});
