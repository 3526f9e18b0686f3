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

/** Shape markers per level, for dots and legends (a second channel besides colour). */
export const LEVEL_SHAPE: Record<LevelId, 'circle' | 'square' | 'diamond' | 'triangle'> = {
  arena: 'circle',
  'arena-pro': 'triangle',
  nce: 'square',
  gce: 'diamond',
};
