import { Spinner } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { matchesSearchDeferred } from '../features/clusters/cluster-search-deferred';
import type { RenderSlide, SlideDeck } from '../features/presenter/render-slide';
import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';
import { matchesLevels } from '../state/filters/filter-state';

// The charts load with the first presentation, not with every view (they are in the views' own chunks).
const SlideDrawing = lazy(() => import('./slide-drawings').then((m) => ({ default: m.SlideDrawing })));

function SlideLoading() {
  return <Spinner aria-label={useMessages(shellMessages).loading} data-size="lg" />;
}

const renderSlide: RenderSlide = (slide, options) =>
  slide.kind === 'cluster' ? undefined : (
    <Suspense fallback={<SlideLoading />}>
      <SlideDrawing slide={slide} options={options} />
    </Suspense>
  );

/** The deck: the slides' drawings and the ranking's own filter rule (so slides = what the ranking shows). */
export const slideDeck: SlideDeck = {
  renderSlide,
  matches: (cluster, filters, clusters) =>
    matchesLevels(filters.levels, cluster.level) && matchesSearchDeferred(clusters, cluster.slug, filters.q),
};
