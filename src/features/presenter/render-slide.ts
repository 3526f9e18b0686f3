import type { BuildDeck } from './slides';

/**
 * What the page layer gives presentation mode: a way to load the deck (the views' slides from the
 * view registry). Loaded when a presentation opens, so no slide code is in a view's first bytes.
 */
export interface SlideDeck {
  load: () => Promise<BuildDeck>;
}
