import type { SlideDeck } from '../../features/presenter/render-slide';
import { deckOf } from './view-definition';
import { VIEWS } from './views';

/** Presentation mode's deck: every view's slides, in registry order, loaded when a presentation opens. */
export const slideDeck: SlideDeck = { load: deckOf(VIEWS) };
