import type { LevelId } from '../../data/schema/common';

/**
 * Level colours for charts, as CSS custom properties (light and dark values are in styles/charts.css),
 * so they follow the colour scheme. Level is always also given in text or shape, never by colour alone.
 */
export const LEVEL_COLOR_VAR: Record<LevelId, string> = {
  arena: 'var(--chart-level-arena)',
  'arena-pro': 'var(--chart-level-arena-pro)',
  nce: 'var(--chart-level-nce)',
  gce: 'var(--chart-level-gce)',
};

/**
 * The same colours as classes (styles/charts.css), for SVG in prerendered HTML: the
 * Content-Security-Policy refuses `style` attributes in static HTML (React sets `style` through the
 * CSSOM on the client, which is allowed, but the prerender writes attributes).
 */
export const LEVEL_FILL_CLASS: Record<LevelId, string> = {
  arena: 'chart-fill--arena',
  'arena-pro': 'chart-fill--arena-pro',
  nce: 'chart-fill--nce',
  gce: 'chart-fill--gce',
};

/** Shape markers per level, for dots and legends (a second channel besides colour). */
export const LEVEL_SHAPE: Record<LevelId, 'circle' | 'square' | 'diamond' | 'triangle'> = {
  arena: 'circle',
  'arena-pro': 'triangle',
  nce: 'square',
  gce: 'diamond',
};
