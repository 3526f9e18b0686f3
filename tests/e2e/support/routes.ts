import { readFileSync } from 'node:fs';

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

export const ROUTES: readonly AppRoute[] = [
  { path: '/', kind: 'ranking' },
  ...CLUSTER_SLUGS.map((slug) => ({ path: `/clusters/${slug}`, kind: 'cluster' as const })),
  { path: '/levels', kind: 'levels' },
  ...LEVEL_IDS.map((id) => ({ path: `/levels/${id}`, kind: 'level' as const })),
  { path: '/timeline', kind: 'timeline' },
  { path: '/sources', kind: 'sources' },
  { path: '/finnes-ikke', kind: 'not-found' },
  // Presentation mode: the three overview slides, then one slide per cluster (they share one layout,
  // so the first and the last stand for all of them), and the speaker view.
  ...[1, 2, 3, 4, 3 + CLUSTER_SLUGS.length].map((slide) => ({
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
