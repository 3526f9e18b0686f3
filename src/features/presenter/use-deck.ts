import { useEffect, useState } from 'react';
import type { SlideDeck } from './render-slide';
import type { BuildDeck } from './slides';

/** The deck's builder, loaded once `enabled` (a presentation is open, or the speaker view is shown). */
export function useDeck(deck: SlideDeck, enabled: boolean): BuildDeck | null {
  const [build, setBuild] = useState<BuildDeck | null>(null);
  useEffect(() => {
    if (!enabled || build) return;
    let live = true;
    void deck.load().then((loaded) => {
      if (live) setBuild(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [deck, enabled, build]);
  return build;
}
