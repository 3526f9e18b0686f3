import { readFileSync } from 'node:fs';
import type { SlideFilters } from '../../../src/features/presenter/slides';
import { deckOf, type PrerenderData } from '../../../src/pages/views/view-definition';
import { loadBundledDataset } from '../../dataset';
import { paths } from '../../../src/lib/paths';
import { VIEWS, embeddableCharts } from '../../../src/pages/views/views';

/**
 * Every route of the URL contract, built from the bundled data (all cluster slugs, all level ids),
 * so the accessibility suites cover each view that exists, and each one that lands later.
 */
export interface AppRoute {
  path: string;
  kind:
    | 'ranking'
    | 'cluster'
    | 'directory'
    | 'directory-cluster'
    | 'levels'
    | 'level'
    | 'timeline'
    | 'programme'
    | 'sources'
    | 'not-found'
    | 'presentation'
    | 'speaker'
    | 'embed';
}

function readData(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8'));
}

/** The evaluated clusters (evaluation.json's ranking): each page is checked, and each has a presentation slide. */
export const CLUSTER_SLUGS = (readData('evaluation.json') as { ranking: { slug: string }[] }).ranking.map(
  (c) => c.slug,
);
interface DirectoryEntry {
  slug: string;
  levels: { level: string }[];
}
const DIRECTORY = (readData('clusters.json') as { clusters: DirectoryEntry[] }).clusters;

/** Every cluster of the directory has a page (tests/e2e/cluster-pages.e2e.ts visits each once). */
export const DIRECTORY_SLUGS = DIRECTORY.map((c) => c.slug);

/**
 * A sample of the pages of clusters Menon did not evaluate, for the accessibility suites: the first one whose
 * latest period is on each level (they share one layout; all 78 × nb/en × light/dark would cost CI too much).
 */
export const DIRECTORY_SAMPLE_SLUGS = ['arena', 'arena-pro', 'nce', 'gce'].flatMap((level) => {
  const found = DIRECTORY.find((c) => !CLUSTER_SLUGS.includes(c.slug) && c.levels.at(-1)?.level === level);
  return found ? [found.slug] : [];
});

export const LEVEL_IDS = (readData('levels.json') as { levels: { id: string }[] }).levels.map((l) => l.id);

/** The raw data files have the fields the views' prerender paths are made from (slug, id). */
const prerenderData = {
  directory: DIRECTORY,
  levels: (readData('levels.json') as { levels: unknown[] }).levels,
} as unknown as PrerenderData;

/** The presentation deck as the app builds it from the registry, for the bundled data and no filter. */
export const DECK: readonly string[] = (await deckOf(VIEWS)())(loadBundledDataset(), { levels: [], q: '' }).map(
  (slide) => slide.chartId,
);

/** The 1-based number of the slide that shows a chart (or a continued slide's id) in the unfiltered deck. */
export function slideOf(chartId: string): number {
  const index = DECK.indexOf(chartId);
  if (index < 0) throw new Error(`No slide "${chartId}" in the deck`);
  return index + 1;
}

/**
 * The slides the accessibility suites open: the first slide of each figure a view declares (continued slides
 * share its layout), and the first and last cluster slides (they share one layout).
 */
const CLUSTER_SLIDES = DECK.flatMap((id, i) => (id.startsWith('cluster-') ? [i + 1] : []));
const CHECKED_SLIDES = [
  ...VIEWS.flatMap((view) => view.figures).map(slideOf),
  ...[CLUSTER_SLIDES[0], CLUSTER_SLIDES.at(-1)].flatMap((n) => (n === undefined ? [] : [n])),
].sort((a, b) => a - b);

/** The chart ids of the deck for a filter (as a link with `level`/`q` opens it), in order. */
export async function deckFor(filters: SlideFilters): Promise<readonly string[]> {
  return (await deckOf(VIEWS)())(loadBundledDataset(), filters).map((slide) => slide.chartId);
}

export const ROUTES: readonly AppRoute[] = [
  // Every view's paths from the view registry (src/pages/views/views.ts), made from the bundled data. Of the
  // directory's cluster pages, the evaluated ones and a sample of the others (they share one layout); the
  // cheap cluster-pages suite visits every one.
  ...VIEWS.flatMap((view) =>
    view.prerender(prerenderData).flatMap((path): AppRoute[] => {
      if (view.id !== 'cluster') return [{ path, kind: view.id as AppRoute['kind'] }];
      const slug = path.slice('/clusters/'.length);
      if (CLUSTER_SLUGS.includes(slug)) return [{ path, kind: 'cluster' }];
      return DIRECTORY_SAMPLE_SLUGS.includes(slug) ? [{ path, kind: 'directory-cluster' }] : [];
    }),
  ),
  // Each chart alone on its embed page (ADR 063), from the same registry.
  ...embeddableCharts().map((chart): AppRoute => ({ path: paths.embed(chart.chartId), kind: 'embed' })),
  { path: '/finnes-ikke', kind: 'not-found' },
  // Presentation mode: the checked slides (above), and the speaker view.
  ...CHECKED_SLIDES.map((slide) => ({
    path: slide === 1 ? '/?present=1' : `/?present=1&slide=${slide}`,
    kind: 'presentation' as const,
  })),
  { path: '/speaker', kind: 'speaker' },
];

/** The path in a language: nb is the default (no parameter), en adds lang=en. */
export function inLang(path: string, lang: 'nb' | 'en'): string {
  if (lang === 'nb') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}
