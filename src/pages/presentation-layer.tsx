import type { ReactNode } from 'react';
import { PresenterProvider } from '../features/presenter/presenter-provider';
import { slideDeck } from './views/deck';

/** Presentation mode around every view, with the slides drawn by the views' own charts. */
export function PresentationLayer({ children }: { children: ReactNode }) {
  return <PresenterProvider deck={slideDeck}>{children}</PresenterProvider>;
}
