import type { Cluster } from '../../data/schema/clusters';
import type { LevelId } from '../../data/schema/common';

/** One slide of presentation mode. `chartId` is the ChartFigure id the slide shows (see ADR 020). */
export type Slide =
  | { kind: 'ranking'; chartId: 'ranking' }
  | { kind: 'levels'; chartId: 'levels' }
  | { kind: 'timeline'; chartId: 'timeline' }
  | { kind: 'cluster'; chartId: `cluster-${string}`; slug: string; name: string; level: LevelId };

/** The part of the filter state that decides which slides exist. */
export interface SlideFilters {
  levels: readonly LevelId[];
  q: string;
}

/**
 * Whether a cluster passes the current filter (level and search among all `clusters`). Given by the page layer: the
 * ranking's own rule, so the slides are exactly the clusters the ranking shows.
 */
export type ClusterFilter = (cluster: Cluster, filters: SlideFilters, clusters: readonly Cluster[]) => boolean;

/**
 * The slides of presentation mode, from the data and the current filter: the ranking, the level
 * comparison, the timeline, then one slide per cluster that passes the level filter and the search,
 * in the ranking's order. Always at least the three overview slides.
 */
export function buildSlides(clusters: readonly Cluster[], filters: SlideFilters, matches: ClusterFilter): Slide[] {
  const overview: Slide[] = [
    { kind: 'ranking', chartId: 'ranking' },
    { kind: 'levels', chartId: 'levels' },
    { kind: 'timeline', chartId: 'timeline' },
  ];
  const perCluster = [...clusters]
    .sort((a, b) => a.rank - b.rank)
    .filter((c) => matches(c, filters, clusters))
    .map((c): Slide => ({ kind: 'cluster', chartId: `cluster-${c.slug}`, slug: c.slug, name: c.name, level: c.level }));
  return [...overview, ...perCluster];
}

/** A 1-based slide number brought within 1..count (a link may name a slide that no longer exists). */
export function clampSlide(slide: number, count: number): number {
  if (count < 1) return 1;
  return Math.min(Math.max(1, Math.trunc(slide)), count);
}

/**
 * The 1-based number of the slide that shows a chart: the slide whose id is the chart's id, or its
 * prefix ("levels-rank" and "timeline-periods" belong to the "levels" and "timeline" slides). 1 when
 * no slide shows it.
 */
export function slideNumberForChart(slides: readonly Slide[], chartId: string): number {
  const exact = slides.findIndex((s) => s.chartId === chartId);
  const index = exact >= 0 ? exact : slides.findIndex((s) => chartId.startsWith(`${s.chartId}-`));
  return index < 0 ? 1 : index + 1;
}

export type SlideStep = 'next' | 'previous' | 'first' | 'last';

/** What a key does in presentation mode (presenter clickers send PageUp/PageDown). Null: not ours. */
export function stepForKey(key: string): SlideStep | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
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
  return { slide: applyStep(slide, count, step), revealed };
}
