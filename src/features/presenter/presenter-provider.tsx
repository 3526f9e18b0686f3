import { Suspense, lazy, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ChartPresentationContext, type ChartPresentation } from '../../components/charts/chart-presentation';
import { useDataset } from '../../data/use-dataset';
import { useFilterStore } from '../../state/filters/filter-store';
import { usePresenterChannel } from './presenter-channel';
import type { SlideDeck } from './render-slide';
import { buildSlides, slideNumberForChart, type Slide } from './slides';
import { enterFullscreen, exitFullscreen } from './use-fullscreen';

// The presentation itself loads when presentation mode opens, not with every view.
const PresentationView = lazy(() => import('./presentation-view').then((m) => ({ default: m.PresentationView })));

/**
 * Presentation mode for the whole app. Gives every ChartFigure its full-screen button (through
 * ChartPresentationContext) and shows the presentation while the store says `present` (a click, or
 * a link with present=1). Mounted once, around the views; the `deck` comes from the page layer.
 */
export function PresenterProvider({ deck, children }: { deck: SlideDeck; children: ReactNode }) {
  const { data: dataset } = useDataset();
  const present = useFilterStore((s) => s.present);
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const slides = useMemo<Slide[]>(
    () => (dataset ? buildSlides(dataset.clusters, { levels, q }, deck.matches) : []),
    [dataset, levels, q, deck.matches],
  );
  const slidesRef = useRef(slides);
  const openerRef = useRef<HTMLElement | null>(null);
  const enteredFullscreen = useRef(false);

  useEffect(() => {
    slidesRef.current = slides;
  }, [slides]);

  usePresenterChannel(present);

  const value = useMemo<ChartPresentation>(
    () => ({
      open: (chartId, opener) => {
        openerRef.current = opener;
        // Full screen must be asked for inside the click; the in-page full-window dialog shows either way.
        void enterFullscreen().then((entered) => {
          enteredFullscreen.current = entered;
        });
        useFilterStore.getState().startPresenting(slideNumberForChart(slidesRef.current, chartId));
      },
    }),
    [],
  );

  // Leaving the browser's full screen (Esc there never reaches the page) leaves presentation mode.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) {
        enteredFullscreen.current = true;
        return;
      }
      if (!enteredFullscreen.current) return;
      enteredFullscreen.current = false;
      if (useFilterStore.getState().present) useFilterStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // However presentation mode ends (Esc, the close button, Back), leave full screen and give focus
  // back to the button that opened it.
  const wasPresenting = useRef(present);
  useEffect(() => {
    if (wasPresenting.current && !present) {
      enteredFullscreen.current = false;
      exitFullscreen();
      const opener = openerRef.current;
      openerRef.current = null;
      if (opener?.isConnected) requestAnimationFrame(() => opener.focus());
    }
    wasPresenting.current = present;
  }, [present]);

  return (
    <ChartPresentationContext value={value}>
      {children}
      {present && dataset && slides.length > 0 ? (
        <Suspense fallback={null}>
          <PresentationView
            slides={slides}
            dataset={dataset}
            renderSlide={deck.renderSlide}
            onLeave={() => useFilterStore.getState().stopPresenting()}
          />
        </Suspense>
      ) : null}
    </ChartPresentationContext>
  );
}
