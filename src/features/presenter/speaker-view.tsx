import './presenter.css';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo } from 'react';
import type { Dataset } from '../../data/validate';
import { levelNames } from '../../domain/levels';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';
import { usePresenterChannel } from './presenter-channel';
import { presenterMessages } from './presenter-messages';
import type { SlideDeck } from './render-slide';
import { useDeck } from './use-deck';
import { filterCaption } from './slide-content';
import { SlideBody, useSlideTitle } from './slide-body';
import { applyStep, clampSlide, stepForKey, type Slide } from './slides';

function SlidePreview({ slide, dataset, label }: { slide: Slide; dataset: Dataset; label: string }) {
  const title = useSlideTitle(slide);
  return (
    // A tall slide (the ranking) scrolls inside the preview's box: the box is a tab stop, so the
    // keyboard can reach and scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container is operable (arrow keys)
    <section className="speaker__preview" aria-label={`${label}: ${title}`} tabIndex={0}>
      <Heading level={2} data-size="2xs" className="speaker__preview-label">
        {label}
      </Heading>
      <div className="speaker__preview-body">
        <SlideBody slide={slide} dataset={dataset} revealed={null} variant="preview" />
      </div>
    </section>
  );
}

function go(n: number): void {
  const store = useFilterStore.getState();
  if (!store.present) store.startPresenting(n);
  else store.setSlide(n);
}

/**
 * The speaker's second window: the current slide, the next one, and notes generated from the data
 * (the figures and what is not known), kept in step with the presentation window both ways.
 */
export function SpeakerView({ dataset, deck }: { dataset: Dataset; deck: SlideDeck }) {
  const t = useMessages(presenterMessages);
  const lang = useLang();
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const storeSlide = useFilterStore((s) => s.slide);
  const present = useFilterStore((s) => s.present);
  const build = useDeck(deck, true);
  const slides = useMemo(() => (build ? build(dataset, { levels, q }) : []), [build, dataset, levels, q]);
  const supported = usePresenterChannel(true);
  const count = slides.length;
  const number = clampSlide(storeSlide, count);
  const slide = slides[number - 1];
  const next = slides[number];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // Typing stays typing. A focused button (after a click on Next or Previous) keeps Space and Enter
      // for itself; the arrows and the other slide keys still step.
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Spacebar' || event.key === 'Enter')) return;
      const what = stepForKey(event.key);
      if (!what) return;
      event.preventDefault();
      go(applyStep(clampSlide(useFilterStore.getState().slide, count), count, what));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);

  if (!slide) return null;
  const notes = slide.notes(dataset, slides, lang);

  return (
    <div className="speaker">
      <div className="speaker__bar">
        <Heading level={1} data-size="sm">
          {t.speaker.title} · <span aria-live="polite">{t.counterLabel(number, count)}</span>
        </Heading>
        <Paragraph data-size="sm">{filterCaption({ levels, q }, levelNames(dataset.levels), lang)}</Paragraph>
        <div className="speaker__controls">
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => go(applyStep(number, count, 'previous'))}
            disabled={number === 1}
          >
            {t.previous}
          </Button>
          <Button
            variant="primary"
            data-size="sm"
            onClick={() => go(applyStep(number, count, 'next'))}
            disabled={number === count}
          >
            {t.next}
          </Button>
        </div>
      </div>
      {!supported ? <Alert data-color="warning">{t.speaker.noChannel}</Alert> : null}
      {/* "Linked" only when it is true: never beside the alert that says the windows cannot be kept in step. */}
      {!supported || !present ? null : (
        <Paragraph data-size="xs" className="speaker__hint">
          {t.speaker.waiting}
        </Paragraph>
      )}
      <div className="speaker__grid">
        <SlidePreview slide={slide} dataset={dataset} label={`${t.speaker.current} (${t.counter(number, count)})`} />
        {next ? (
          <SlidePreview slide={next} dataset={dataset} label={`${t.speaker.next} (${t.counter(number + 1, count)})`} />
        ) : (
          <Paragraph className="speaker__last">{t.speaker.lastSlide}</Paragraph>
        )}
        <section className="speaker__notes" aria-labelledby="speaker-notes-heading">
          <Heading level={2} data-size="xs" id="speaker-notes-heading">
            {t.speaker.notes}
          </Heading>
          <ul>
            {notes.figures.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {notes.unknowns.length > 0 ? (
            <>
              <Heading level={3} data-size="2xs">
                {t.speaker.unknowns}
              </Heading>
              <ul>
                {notes.unknowns.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
