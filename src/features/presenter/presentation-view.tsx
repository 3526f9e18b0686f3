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
import { useRoomChannel } from './presenter-channel';
import { clampSlide, isBlankKey, stepDeck, stepForKey, type Slide, type SlideStep } from './slides';
import { useFitSlide } from './use-fit-scale';
import { canFullscreen, enterFullscreen, useIsFullscreen } from './use-fullscreen';

export const SPEAKER_PATH = '/speaker';
const SPEAKER_WINDOW = 'klyngeinnsikt-speaker';
/** Chart text on a slide is this much larger than on its page, before the slide is scaled (ADR 023). */
const SLIDE_CHART_TEXT_SCALE = 1.5;

/**
 * Presentation mode: a modal, full-window Designsystemet Dialog with one slide at a time, large type,
 * a slide counter, a caption of the active filters and the source line. Keys, wherever focus is:
 * ←/→/↑/↓, Space, PageUp/PageDown (clickers), Home/End step slides and reveal steps; B or `.` blanks
 * the screen and brings it back; Esc leaves (the dialog's close request). Shown while the store says
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
  const storeStep = useFilterStore((s) => s.step);
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const setPosition = useFilterStore((s) => s.setPosition);
  const setStep = useFilterStore((s) => s.setStep);
  const isFullscreen = useIsFullscreen();
  const [blanked, setBlanked] = useState(false);
  const [popupBlocked, setPopupBlocked] = useState<string | null>(null);
  const slideRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const fit = useFitSlide(slideRef, contentRef, `${storeSlide}`);

  const count = slides.length;
  const number = clampSlide(storeSlide, count);
  const slide = slides[number - 1] ?? slides[0];
  const title = slide ? slide.title(lang) : '';
  const revealTotal = slide?.revealCount ?? 0;
  // The reveal step lives in the URL (`step=N`), so a reload keeps it; a step past the rows shows them all.
  const revealed = slide?.revealCount !== undefined && storeStep !== null ? Math.min(storeStep, revealTotal) : null;
  const revealing = revealed !== null;

  // The slide itself takes focus when the dialog opens, so Space steps instead of pressing a button.
  useEffect(() => {
    // Focus for the keys, not a ring: the slide shows one only when reached with Tab.
    slideRef.current?.focus({ focusVisible: false });
  }, []);

  const step = (what: SlideStep) => {
    // The store, not this render's props: two quick key presses must not both start from one slide.
    const state = useFilterStore.getState();
    const current = clampSlide(state.slide, count);
    const total = slides[current - 1]?.revealCount;
    const shown = total !== undefined && state.step !== null ? Math.min(state.step, total) : null;
    const next = stepDeck({ slide: current, revealed: shown }, what, count, shown === null ? null : (total ?? null));
    if (next.slide !== state.slide || next.revealed !== state.step) setPosition(next.slide, next.revealed);
  };

  // A speaker window's Next and Previous arrive here and step exactly as the keys do.
  useRoomChannel(step);

  // Keys are read on the whole document, before any control inside the dialog sees them, so a clicker
  // steps wherever focus is: on the reveal switch, on a button, on the slide.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.closest('textarea, select, [contenteditable="true"], input:not([role="switch"])')) return;
    if (isBlankKey(event.key)) {
      event.preventDefault();
      setBlanked((on) => !on);
      return;
    }
    // Enter keeps pressing buttons; on the reveal switch it turns reveal on or off (Space steps there).
    if (event.key === 'Enter') {
      if (target?.closest('[role="switch"]')) {
        event.preventDefault();
        setStep(useFilterStore.getState().step === null ? 1 : null);
      }
      return;
    }
    const what = stepForKey(event.key);
    if (!what) return;
    // Also keeps Space from pressing a focused button or toggling the switch.
    event.preventDefault();
    setBlanked(false);
    step(what);
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyDown(event);
    // Space presses a button or a switch when the key comes up: that is kept from happening too.
    const onKeyUp = (event: KeyboardEvent) => {
      if (
        event.key === ' ' &&
        !(event.target instanceof HTMLElement && event.target.closest('textarea, input:not([role="switch"])'))
      )
        event.preventDefault();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('keyup', onKeyUp, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('keyup', onKeyUp, true);
    };
  }, []);

  if (!slide) return null;

  const openSpeakerView = () => {
    const search = serializeSearch({ ...pickFilters(useFilterStore.getState()), present: true });
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
              checked={revealing}
              onChange={(event) => setStep(event.currentTarget.checked ? 1 : null)}
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
      <p role="status" className="visually-hidden">
        {blanked ? t.blanked : ''}
      </p>
      {blanked ? (
        // Black, in front of everything; B or `.` brings the slide back, and so does a click here.
        <button
          type="button"
          className="presentation__blank"
          aria-label={t.unblank}
          onClick={() => setBlanked(false)}
        />
      ) : null}
    </Dialog>
  );
}
