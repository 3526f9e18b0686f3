import './presenter.css';
import { Button, Dialog, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ChartTextScaleContext } from '../../components/charts/chart-text-scale';
import { absoluteAppUrl } from '../../components/ui/current-link';
import { CopyLinkButton } from '../../components/ui/copy-link-button';
import type { Dataset } from '../../data/validate';
import { levelNames } from '../../domain/levels';
import { useLang, useMessages } from '../../i18n/use-messages';
import { pickFilters, useFilterStore } from '../../state/filters/filter-store';
import { serializeSearch } from '../../state/filters/url-codec';
import { presenterMessages } from './presenter-messages';
import { filterCaption, sourceLine } from './slide-content';
import { SlideBody } from './slide-body';
import { clampSlide, stepDeck, stepForKey, type Slide, type SlideStep } from './slides';
import { useFitSlide } from './use-fit-scale';
import { canFullscreen, enterFullscreen, useIsFullscreen } from './use-fullscreen';

export const SPEAKER_PATH = '/speaker';
const SPEAKER_WINDOW = 'klyngeinnsikt-speaker';
/** Chart text on a slide is this much larger than on its page, before the slide is scaled (ADR 023). */
const SLIDE_CHART_TEXT_SCALE = 1.5;

/**
 * Presentation mode: a modal, full-window Designsystemet Dialog with one slide at a time, large type,
 * a slide counter, a caption of the active filters and the source line. Keys: ←/→, Space,
 * PageUp/PageDown, Home/End; Esc leaves (the dialog's close request). Shown while the store says
 * `present`; the document may also be in the browser's full screen (entered from the click).
 */
export function PresentationView({
  slides,
  dataset,
  onLeave,
}: {
  slides: readonly Slide[];
  dataset: Dataset;
  onLeave: () => void;
}) {
  const t = useMessages(presenterMessages);
  const lang = useLang();
  const storeSlide = useFilterStore((s) => s.slide);
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const setSlide = useFilterStore((s) => s.setSlide);
  const isFullscreen = useIsFullscreen();
  const [revealed, setRevealed] = useState<number | null>(null);
  const [popupBlocked, setPopupBlocked] = useState<string | null>(null);
  const slideRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const fit = useFitSlide(slideRef, contentRef, `${storeSlide}`);

  const count = slides.length;
  const number = clampSlide(storeSlide, count);
  const slide = slides[number - 1] ?? slides[0];
  const title = slide ? slide.title(lang) : '';
  const revealTotal = slide?.revealCount ?? 0;
  const revealing = slide?.revealCount !== undefined && revealed !== null;

  // The slide itself takes focus when the dialog opens, so Space steps instead of pressing a button.
  useEffect(() => {
    // Focus for the keys, not a ring: the slide shows one only when reached with Tab.
    slideRef.current?.focus({ focusVisible: false });
  }, []);

  const step = (what: SlideStep) => {
    // The store, not this render's props: two quick key presses must not both start from one slide.
    const current = clampSlide(useFilterStore.getState().slide, count);
    const next = stepDeck({ slide: current, revealed }, what, count, revealing ? revealTotal : null);
    if (next.revealed !== revealed) setRevealed(next.revealed);
    if (next.slide !== useFilterStore.getState().slide) setSlide(next.slide);
  };
  const onStepKey = useEffectEvent((what: SlideStep) => step(what));

  // Keys are read on the document, so a step never depends on where focus is inside the modal dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select, [role="switch"]')) return;
      // On a button, Space and Enter press the button; do not also step.
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      const what = stepForKey(event.key);
      if (!what || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      onStepKey(what);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!slide) return null;

  const openSpeakerView = () => {
    const search = serializeSearch({ ...pickFilters(useFilterStore.getState()), present: true, slide: number });
    const url = absoluteAppUrl(SPEAKER_PATH, search);
    const opened = window.open(url, SPEAKER_WINDOW, 'popup,width=1100,height=760');
    setPopupBlocked(opened ? null : url);
  };

  const sources = sourceLine(slide.sourceIds(dataset), dataset.sources, lang);

  return (
    <Dialog
      open
      modal
      closeButton={t.close}
      onClose={onLeave}
      className="presentation"
      aria-label={t.dialogLabel(number, count)}
    >
      <div className="presentation__bar">
        <p className="presentation__counter" aria-live="polite">
          <span aria-hidden="true">{t.counter(number, count)}</span>
          <span className="visually-hidden">{t.counterLabel(number, count)}</span>
        </p>
        <p className="presentation__filters">{filterCaption({ levels, q }, levelNames(dataset.levels), lang)}</p>
        <div className="presentation__controls">
          {slide.revealCount !== undefined ? (
            <Switch
              label={t.revealOn}
              data-size="sm"
              checked={revealed !== null}
              onChange={(event) => setRevealed(event.currentTarget.checked ? 1 : null)}
            />
          ) : null}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => step('previous')}
            disabled={number === 1 && !revealing}
          >
            {t.previous}
          </Button>
          <Button
            variant="primary"
            data-size="sm"
            onClick={() => step('next')}
            disabled={number === count && !revealing}
          >
            {t.next}
          </Button>
          {canFullscreen() && !isFullscreen ? (
            <Button variant="secondary" data-size="sm" onClick={() => void enterFullscreen()}>
              {t.enterFullscreen}
            </Button>
          ) : null}
          <Button variant="tertiary" data-size="sm" onClick={openSpeakerView} className="presentation__speaker">
            {t.speakerView}
          </Button>
          <CopyLinkButton />
        </div>
      </div>
      {popupBlocked ? (
        <Paragraph data-size="sm" className="presentation__notice">
          {t.popupBlocked} <a href={popupBlocked}>{popupBlocked}</a>
        </Paragraph>
      ) : null}
      <section
        ref={slideRef}
        // A tab stop, so that a slide taller than the window can be scrolled from the keyboard.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container is operable (arrow keys)
        tabIndex={0}
        className="presentation__slide"
        aria-roledescription={t.slideRole}
        aria-label={title}
      >
        <div
          key={slide.chartId}
          ref={contentRef}
          className="presentation__slide-inner"
          // Laid out at the slide's design size, then scaled to the box, whole (use-fit-scale.ts).
          style={
            fit
              ? {
                  width: `${fit.layoutWidth}px`,
                  transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})`,
                }
              : undefined
          }
          data-fit-scale={fit ? fit.scale.toFixed(4) : undefined}
        >
          <ChartTextScaleContext value={SLIDE_CHART_TEXT_SCALE}>
            <SlideBody slide={slide} dataset={dataset} revealed={revealing ? revealed : null} variant="slide" />
          </ChartTextScaleContext>
        </div>
      </section>
      <p className="presentation__source">
        {t.source}: {sources}
        {revealing ? <span className="presentation__reveal"> · {t.revealProgress(revealed, revealTotal)}</span> : null}
      </p>
    </Dialog>
  );
}
