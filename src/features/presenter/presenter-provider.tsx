import { Suspense, lazy, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ChartPresentationContext, type ChartPresentation } from '../../components/charts/chart-presentation';
import { useDataset } from '../../data/use-dataset';
import { useFilterStore } from '../../state/filters/filter-store';
import { yieldToMain } from '../../lib/yield-to-main';
import type { SlideDeck } from './render-slide';
import { slideNumberForChart, type Slide } from './slides';
import { useDeck } from './use-deck';
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
  const build = useDeck(deck, present);
  const slides = useMemo<Slide[]>(
    () => (dataset && build ? build(dataset, { levels, q }) : []),
    [dataset, build, levels, q],
  );
  const datasetRef = useRef(dataset);
  const openerRef = useRef<HTMLElement | null>(null);
  const enteredFullscreen = useRef(false);

  useEffect(() => {
    datasetRef.current = dataset;
  }, [dataset]);

  const value = useMemo<ChartPresentation>(
    () => ({
      open: (chartId, opener) => {
        openerRef.current = opener;
        // Full screen must be asked for inside the click; the in-page full-window dialog shows either way.
        void enterFullscreen().then((entered) => {
          enteredFullscreen.current = entered;
        });
        // The slides' code (every view's) is asked for a task later: appending its preload links took
        // 60–85 ms at 4× CPU inside the click, before the browser could paint the press (issue 15).
        void yieldToMain()
          .then(() => deck.load())
          .then((buildDeck) => {
            const data = datasetRef.current;
            if (!data) return;
            const { levels: selected, q: query } = useFilterStore.getState();
            const number = slideNumberForChart(buildDeck(data, { levels: selected, q: query }), chartId);
            // Unreachable while the registry test passes: every figure's chart id has a slide.
            if (number === null) throw new Error(`No slide shows the chart "${chartId}"`);
            useFilterStore.getState().startPresenting(number);
          });
      },
    }),
    [deck],
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
            onLeave={() => useFilterStore.getState().stopPresenting()}
          />
        </Suspense>
      ) : null}
    </ChartPresentationContext>
  );
}
