import './presenter.css';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useEffectEvent, useMemo } from 'react';
import { AppLink } from '../../components/ui/app-link';
import type { Dataset } from '../../data/validate';
import { paths } from '../../lib/paths';
import { levelNames } from '../../domain/levels';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';
import { presenterMessages } from './presenter-messages';
import type { SlideDeck } from './render-slide';
import { useDeck } from './use-deck';
import { filterCaption } from './slide-content';
import { SlideBody, useSlideTitle } from './slide-body';
import { canMoveRoom, useSpeakerLink, type SpeakerLinkStatus } from './speaker-link';
import { clampSlide, stepForKey, type Slide } from './slides';

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

/** What the speaker window says about its link: true at every moment (it never claims to follow what it does not). */
function LinkStatus({ status }: { status: SpeakerLinkStatus }) {
  const t = useMessages(presenterMessages).speaker;
  if (status === 'unsupported') return <Alert data-color="warning">{t.noChannel}</Alert>;
  const text = { searching: t.searching, linked: t.linked, none: t.none, ended: t.ended }[status];
  return (
    <>
      <Paragraph data-size="sm" className={`speaker__status speaker__status--${status}`} role="status">
        {text}
      </Paragraph>
      {/* Not linked: a way to start a presentation here (a link to a view moves no room). */}
      {status === 'linked' ? null : (
        <Paragraph data-size="sm">
          <AppLink to={paths.ranking()}>{t.openRanking}</AppLink>
        </Paragraph>
      )}
    </>
  );
}

/**
 * The speaker's second window: the current slide, the next one, and notes generated from the data
 * (the figures and what is not known). However it was opened, it joins the running presentation at
 * the slide the presenting window shows (or says that none is running); its buttons and keys send that
 * window relative steps, so it can never move the room to a slide the presenter did not choose.
 */
export function SpeakerView({ dataset, deck }: { dataset: Dataset; deck: SlideDeck }) {
  const t = useMessages(presenterMessages);
  const lang = useLang();
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const storeSlide = useFilterStore((s) => s.slide);
  const step = useFilterStore((s) => s.step);
  const { status, send } = useSpeakerLink();
  const build = useDeck(deck, true);
  const slides = useMemo(() => (build ? build(dataset, { levels, q }) : []), [build, dataset, levels, q]);
  const count = slides.length;
  const number = clampSlide(storeSlide, count);
  const slide = slides[number - 1];
  const next = slides[number];
  const linked = canMoveRoom(status);
  const shown = linked || status === 'ended';

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    // Typing stays typing. A focused button (after a click on Next or Previous) keeps Space and Enter
    // for itself; the arrows and the other slide keys still step.
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (target?.closest('button') && (event.key === ' ' || event.key === 'Spacebar' || event.key === 'Enter')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const what = stepForKey(event.key);
    if (!what || !linked) return;
    event.preventDefault();
    send(what);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const notes = slide && shown ? slide.notes(dataset, slides, lang) : null;

  return (
    <div className="speaker">
      <div className="speaker__bar">
        <Heading level={1} data-size="sm">
          {t.speaker.title}
          {slide && shown ? (
            <>
              {' · '}
              <span aria-live="polite">{t.counterLabel(number, count)}</span>
            </>
          ) : null}
        </Heading>
        {shown ? (
          <Paragraph data-size="sm">
            {filterCaption({ levels, q }, levelNames(dataset.levels), lang)}
            {slide?.revealCount !== undefined && step !== null
              ? ` · ${t.revealProgress(Math.min(step, slide.revealCount), slide.revealCount)}`
              : null}
          </Paragraph>
        ) : null}
        {linked ? (
          <div className="speaker__controls">
            <Button variant="secondary" data-size="sm" onClick={() => send('previous')}>
              {t.previous}
            </Button>
            <Button variant="primary" data-size="sm" onClick={() => send('next')}>
              {t.next}
            </Button>
          </div>
        ) : null}
      </div>
      <LinkStatus status={status} />
      {slide && notes ? (
        <div className="speaker__grid">
          <SlidePreview slide={slide} dataset={dataset} label={`${t.speaker.current} (${t.counter(number, count)})`} />
          {next ? (
            <SlidePreview
              slide={next}
              dataset={dataset}
              label={`${t.speaker.next} (${t.counter(number + 1, count)})`}
            />
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
      ) : null}
    </div>
  );
}
