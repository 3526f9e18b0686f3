import { readFileSync } from 'node:fs';
import type { PrerenderData } from '../../../src/pages/views/view-definition';
import { paths } from '../../../src/lib/paths';
import { VIEWS, embeddableCharts } from '../../../src/pages/views/views';
import {
  MILESTONES_PER_SLIDE,
  PERIODS_PER_SLIDE,
  splitForSlides,
} from '../../../src/features/presenter/continued-slides';

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

/** The milestones' slide and its continued slides (src/features/presenter/continued-slides.ts). */
export const MILESTONE_SLIDES = splitForSlides(
  (readData('timeline.json') as { events: unknown[] }).events,
  MILESTONES_PER_SLIDE,
).length;
/** The evaluated clusters' periods (all levels): a slide and its continued slides. */
export const PERIOD_SLIDES = splitForSlides(CLUSTER_SLUGS, PERIODS_PER_SLIDE).length;

/**
 * Slides before the per-cluster ones: one for each view with slides but the cluster view (one per
 * cluster) and the timeline, whose milestones and periods take MILESTONE_SLIDES + PERIOD_SLIDES.
 */
export const OVERVIEW_SLIDES =
  VIEWS.filter((view) => view.slides !== null && view.id !== 'cluster').length - 1 + MILESTONE_SLIDES + PERIOD_SLIDES;

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
  // Presentation mode: the overview slides, then one slide per cluster (they share one layout, so
  // the first and the last stand for all of them), and the speaker view.
  ...[...Array.from({ length: OVERVIEW_SLIDES + 1 }, (_, i) => i + 1), OVERVIEW_SLIDES + CLUSTER_SLUGS.length].map(
    (slide) => ({
      path: slide === 1 ? '/?present=1' : `/?present=1&slide=${slide}`,
      kind: 'presentation' as const,
    }),
  ),
  { path: '/speaker', kind: 'speaker' },
];

/** The path in a language: nb is the default (no parameter), en adds lang=en. */
export function inLang(path: string, lang: 'nb' | 'en'): string {
  if (lang === 'nb') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}
