import type { Dataset } from '../data/validate';
import { paths } from '../lib/paths';

/**
 * Every path the build prerenders to static HTML, from the data: a new cluster or level in
 * `public/data/` gets its page without touching this list. A path whose route does not exist (yet)
 * renders the not-found view; the prerender skips it and says so.
 */
export function prerenderPaths(dataset: Pick<Dataset, 'directory' | 'levels'>): string[] {
  return [
    paths.ranking(),
    paths.clusters(),
    ...dataset.directory.map((cluster) => paths.cluster(cluster.slug)),
    paths.levels(),
    ...dataset.levels.map((level) => paths.level(level.id)),
    paths.timeline(),
    paths.sources(),
  ];
}

/** The path rendered into `404.html` (served by static hosts for any unknown address). */
export const NOT_FOUND_PATH = '/404';
