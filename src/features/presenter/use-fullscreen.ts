import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

/** Whether the document is in the browser's full screen now. */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  );
}

/** Whether element full screen exists here (not on iPhone Safari, not in some embedded frames). */
export function canFullscreen(): boolean {
  return (
    typeof document !== 'undefined' && document.fullscreenEnabled && 'requestFullscreen' in document.documentElement
  );
}

/**
 * Asks for full screen; must run inside the click (the browser refuses it without a user gesture).
 * Resolves to whether it worked; a refusal is not an error: the in-page full-window view remains.
 */
export async function enterFullscreen(): Promise<boolean> {
  if (!canFullscreen()) return false;
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
