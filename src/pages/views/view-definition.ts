import type { ComponentType } from 'react';
import type { Dataset } from '../../data/validate';
import type { BuildDeck, Slide, SlideFilters } from '../../features/presenter/slides';
import type { shellMessages } from '../../i18n/shell-messages';
import type { Lang } from '../../i18n/lang';
import type { ParamName } from '../../state/filters/url-codec';

/** What a view's prerender paths are made from (the validated dataset, or the raw files in the e2e route list). */
export type PrerenderData = Pick<Dataset, 'directory' | 'levels'>;

/**
 * A view's figures alone, one component per `chartId` of `figures`, for its embed pages (`/embed/<chartId>`,
 * ADR 063). Each draws its figure with the embed variant from the dataset and the filter store.
 */
export type ViewEmbeds = Readonly<Record<string, ComponentType<{ dataset: Dataset }>>>;

/** A view's slides for the current data and filter, loaded with presentation mode (not with the view). */
export type ViewSlides = (dataset: Dataset, filters: SlideFilters) => Slide[];

/**
 * One view of the app, declared once (ADR 013). The router, the main navigation, the prerender, the
 * presentation deck, the speaker view and the e2e route list all read these declarations.
 * Shape after OWID Grapher's chart-type map (one entry per chart type with its component and
 * capabilities), smaller: a plain list, no classes.
 */
export interface ViewDefinition {
  /** Stable id (also the e2e route kind). */
  id: string;
  /** Route path below the root layout, React Router syntax; '' is the index route. */
  route: string;
  /** The page component, lazy-loaded: a visitor downloads only the code of the view they open. */
  page: () => Promise<ComponentType>;
  /** Its entry in the main navigation (order, label, the path it links to), or null for none. */
  nav: { order: number; path: string; label: (lang: Lang) => string; end?: boolean } | null;
  /** The query parameters the view reads; a navigation link into it drops the others. */
  keeps: readonly ParamName[];
  /** Every path of the view the build prerenders, from the data. */
  prerender: (data: PrerenderData) => string[];
  /** The ChartFigure ids its page draws: each must be shown by one of its slides (registry test). */
  figures: readonly string[];
  /** Its slides, in deck order, loaded when a presentation opens; null for a view without slides. */
  slides: (() => Promise<ViewSlides>) | null;
  /** Its figures for embed pages (one per `figures` id), loaded only by an embed page; null without figures. */
  embeds: (() => Promise<ViewEmbeds>) | null;
  /**
   * Work its page's first render needs that is better done before that render, in a task of its own, once
   * the page's code has loaded: for a view that sorts names, making the names' collator (the first one
   * loads ICU's collation data, 35–80 ms at 4× CPU, else inside the hydration slice that sorts; ADR 036).
   */
  beforeFirstRender?: () => void;
}

/** The shell's navigation labels, for `nav.label`. */
export type NavLabels = (typeof shellMessages)[Lang]['nav'];

/** The deck of every view's slides, in registry order. */
export function deckOf(views: readonly ViewDefinition[]): () => Promise<BuildDeck> {
  return async () => {
    const parts = await Promise.all(views.flatMap((view) => (view.slides ? [view.slides()] : [])));
    return (dataset, filters) => parts.flatMap((slidesOf) => slidesOf(dataset, filters));
  };
}
