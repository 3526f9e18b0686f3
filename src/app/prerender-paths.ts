import type { PrerenderData } from '../pages/views/view-definition';
import { paths } from '../lib/paths';
import { VIEWS, embeddableCharts } from '../pages/views/views';

/**
 * Every path the build prerenders to static HTML: each view's paths from the view registry, made from
 * the data (a new cluster or level in `public/data/` gets its page without touching any list). A path
 * whose route does not exist (yet) renders the not-found view; the prerender skips it and says so.
 */
export function prerenderPaths(dataset: PrerenderData): string[] {
  // Each chart's embed page too (ADR 063): the chart alone, from the same registry.
  return [
    ...VIEWS.flatMap((view) => view.prerender(dataset)),
    ...embeddableCharts().map((c) => paths.embed(c.chartId)),
  ];
}

/** The path rendered into `404.html` (served by static hosts for any unknown address). */
export const NOT_FOUND_PATH = '/404';
