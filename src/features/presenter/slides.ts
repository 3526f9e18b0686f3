import type { ReactNode } from 'react';
import type { LevelId } from '../../data/schema/common';
import type { Dataset } from '../../data/validate';
import type { Lang } from '../../i18n/lang';

/** The part of the filter state that decides which slides exist. */
export interface SlideFilters {
  levels: readonly LevelId[];
  q: string;
}

/** Notes for the speaker, generated from the data: the figures on the slide and what is not known. */
export interface SpeakerNotes {
  figures: string[];
  unknowns: string[];
}

/** How a slide is drawn: the dataset, the reveal state, and where (full slide or the speaker's preview). */
export interface SlideRenderOptions {
  dataset: Dataset;
  /** On a slide that reveals its rows (`revealCount`): how many to show. Null: all. */
  revealed: number | null;
  variant: 'slide' | 'preview';
}

/**
 * One slide of presentation mode, declared by its view in the view registry (src/pages/views): the
 * presenter knows no view by name. `chartId` is the ChartFigure id the slide shows, unique in a deck.
 */
export interface Slide {
  chartId: string;
  title: (lang: Lang) => string;
  /** The slide's drawing: the view's own figure component with variant "slide" or "preview". */
  draw: (options: SlideRenderOptions) => ReactNode;
  /** The source ids of the slide's figures, most important first. */
  sourceIds: (dataset: Dataset) => string[];
  /** `deck` is the whole deck (e.g. how many cluster slides the filter leaves). */
  notes: (dataset: Dataset, deck: readonly Slide[], lang: Lang) => SpeakerNotes;
  /** A slide that can reveal its rows one at a time: how many rows it has. */
  revealCount?: number;
}

/** Builds the deck from the data and the current filter (given by the page layer's view registry). */
export type BuildDeck = (dataset: Dataset, filters: SlideFilters) => Slide[];

/** A 1-based slide number brought within 1..count (a link may name a slide that no longer exists). */
export function clampSlide(slide: number, count: number): number {
  if (count < 1) return 1;
  return Math.min(Math.max(1, Math.trunc(slide)), count);
}

/**
 * The 1-based number of the slide that shows a chart, or null when no slide does. Never a silent
 * fallback to slide 1: the registry test fails for a chart without a slide.
 */
export function slideNumberForChart(slides: readonly Slide[], chartId: string): number | null {
  const index = slides.findIndex((s) => s.chartId === chartId);
  return index < 0 ? null : index + 1;
}

export type SlideStep = 'next' | 'previous' | 'first' | 'last';

/** What a key does in presentation mode (presenter clickers send PageUp/PageDown). Null: not ours. */
export function stepForKey(key: string): SlideStep | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** Whether a key blanks the screen (and brings it back): B or `.`, as clickers send them. */
export function isBlankKey(key: string): boolean {
  return key === 'b' || key === 'B' || key === '.';
}

/** The slide number after a step, within 1..count. */
export function applyStep(slide: number, count: number, step: SlideStep): number {
  switch (step) {
    case 'next':
      return clampSlide(slide + 1, count);
    case 'previous':
      return clampSlide(slide - 1, count);
    case 'first':
      return 1;
    case 'last':
      return clampSlide(count, count);
  }
}

/** Where a presentation stands: the slide, and how many ranking rows are shown (null = all). */
export interface DeckPosition {
  slide: number;
  revealed: number | null;
}

/**
 * A step through the deck. On a slide that reveals its rows one at a time (`revealTotal` given),
 * "next" first shows the next row and "previous" hides the last one; past either end it changes slide.
 * A reveal belongs to its slide: the slide a step arrives at is shown whole (revealed null).
 */
export function stepDeck(
  position: DeckPosition,
  step: SlideStep,
  count: number,
  revealTotal: number | null,
): DeckPosition {
  const { slide, revealed } = position;
  if (revealTotal !== null && revealed !== null) {
    if (step === 'next' && revealed < revealTotal) return { slide, revealed: revealed + 1 };
    if (step === 'previous' && revealed > 1) return { slide, revealed: revealed - 1 };
  }
  const next = applyStep(slide, count, step);
  return { slide: next, revealed: next === slide ? revealed : null };
}
