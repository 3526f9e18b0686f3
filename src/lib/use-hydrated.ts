import { createContext, useContext } from 'react';

/**
 * False while prerendering and while hydrating prerendered markup; true once the app runs in the
 * browser (and wherever no `HydrationBoundary` says otherwise: a fresh client render, tests). A server
 * render must sit inside `<HydrationBoundary hydrating>` (entry-server.tsx does), or components would
 * reach for `window`.
 */
export const HydratedContext = createContext(true);

/**
 * Whether the app runs in the browser past hydration. For content the prerender leaves out or draws
 * differently (the page's real origin, a share sheet, the print footer): both passes render the same
 * thing, so hydration matches, and the client's version follows in one transition after hydration
 * (src/lib/hydration-boundary.tsx), not in a blocking re-render of its own per component.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
