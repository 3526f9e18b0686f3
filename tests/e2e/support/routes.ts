import { readFileSync } from 'node:fs';
import type { PrerenderData } from '../../../src/pages/views/view-definition';
import { VIEWS } from '../../../src/pages/views/views';

/**
 * Every route of the URL contract, built from the bundled data (all cluster slugs, all level ids),
 * so the accessibility suites cover each view that exists, and each one that lands later.
 */
export interface AppRoute {
  path: string;
  kind: 'ranking' | 'cluster' | 'levels' | 'level' | 'timeline' | 'sources' | 'not-found' | 'presentation' | 'speaker';
}

function readData(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8'));
}

/**
 * The clusters that have a page: the evaluated ones (evaluation.json's ranking). clusters.json is the directory
 * of every sourced cluster; a page for the others comes with the directory views (issue 11, phase 2), and
 * this list is then read from clusters.json again.
 */
export const CLUSTER_SLUGS = (readData('evaluation.json') as { ranking: { slug: string }[] }).ranking.map(
  (c) => c.slug,
);
export const LEVEL_IDS = (readData('levels.json') as { levels: { id: string }[] }).levels.map((l) => l.id);

/** The raw data files have the fields the views' prerender paths are made from (slug, id). */
const PRERENDER_DATA = {
  clusters: readData('clusters.json') as { clusters: unknown[] },
  levels: readData('levels.json') as { levels: unknown[] },
};
const prerenderData = {
  clusters: PRERENDER_DATA.clusters.clusters,
  levels: PRERENDER_DATA.levels.levels,
} as unknown as PrerenderData;

/** Slides before the per-cluster ones: every view's slides but the cluster view's (one per cluster). */
const OVERVIEW_SLIDES = VIEWS.filter((view) => view.slides !== null && view.id !== 'cluster').length + 1;

export const ROUTES: readonly AppRoute[] = [
  // Every view's paths from the view registry (src/pages/views/views.ts), made from the bundled data.
  ...VIEWS.flatMap((view) =>
    view.prerender(prerenderData).map((path) => ({ path, kind: view.id as AppRoute['kind'] })),
  ),
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
