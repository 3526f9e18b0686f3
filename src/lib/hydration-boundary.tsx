import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { HydratedContext } from './use-hydrated';

/**
 * Tells the app (`useHydrated`) when hydration is over. With `hydrating` (the prerender, and the
 * client hydrating its markup) it says false until the first commit, then true in a transition:
 * everything that renders differently in the browser re-renders once, in slices that yield to input
 * (ADR 034), instead of each `useSyncExternalStore` forcing a synchronous re-render after hydration.
 */
export function HydrationBoundary({ hydrating, children }: { hydrating: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>;
}
