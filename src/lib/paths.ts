import type { LevelId } from '../data/schema/common';

/** The app's paths (the URL contract's path part). Search parameters are added by AppLink. */
export const paths = {
  ranking: () => '/',
  clusters: () => '/clusters',
  cluster: (slug: string) => `/clusters/${encodeURIComponent(slug)}`,
  levels: () => '/levels',
  level: (level: LevelId) => `/levels/${level}`,
  programme: () => '/programme',
  timeline: () => '/timeline',
  sources: () => '/sources',
  /** A chart alone, to be framed by other sites (ADR 063). */
  embed: (chartId: string) => `/embed/${encodeURIComponent(chartId)}`,
} as const;
