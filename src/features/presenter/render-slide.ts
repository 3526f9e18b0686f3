import type { ReactNode } from 'react';
import type { Dataset } from '../../data/validate';
import type { ClusterFilter, Slide } from './slides';

export interface SlideRenderOptions {
  dataset: Dataset;
  /** On the ranking slide in reveal mode: how many clusters (in rank order) to show. Null: all. */
  revealed: number | null;
  /** "slide" in presentation mode, "preview" in the speaker view (smaller). */
  variant: 'slide' | 'preview';
}

/**
 * Draws a slide's content with the real chart of its view. Supplied by the page layer, which may
 * compose other features' charts (features cannot import each other; see ADR 020). Returning
 * undefined falls back to the presenter's own slide (the cluster fact slide, or the slide title).
 */
export type RenderSlide = (slide: Slide, options: SlideRenderOptions) => ReactNode;

/** What the page layer gives presentation mode: how to draw slides and which clusters the filter shows. */
export interface SlideDeck {
  renderSlide: RenderSlide;
  matches: ClusterFilter;
}
