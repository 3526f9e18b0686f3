import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while prerendering and while hydrating prerendered markup, true once the app runs in the
 * browser. For content the prerender leaves out (charts): both passes render the same placeholder,
 * so hydration matches, and the real thing renders right after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
