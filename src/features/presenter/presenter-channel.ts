import { useEffect } from 'react';
import { useFilterStore } from '../../state/filters/filter-store';

export const PRESENTER_CHANNEL = 'klyngeinnsikt-presenter';

/** What the presentation window and the speaker window tell each other. */
export type PresenterMessage = { type: 'slide'; slide: number } | { type: 'hello' };

export function isPresenterMessage(data: unknown): data is PresenterMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  if (data.type === 'hello') return true;
  return (
    data.type === 'slide' &&
    'slide' in data &&
    typeof data.slide === 'number' &&
    Number.isInteger(data.slide) &&
    data.slide >= 1
  );
}

/**
 * Keeps the slide in step between windows of the app (the presentation and its speaker view), both
 * ways, through a BroadcastChannel. Each side changes its own store (and so its own URL); a slide
 * that came from the other window is not sent back. A window that joins says hello and is told the
 * current slide. Returns whether the browser can do this at all.
 */
export function usePresenterChannel(enabled: boolean): boolean {
  const supported = typeof BroadcastChannel !== 'undefined';
  useEffect(() => {
    if (!enabled || !supported) return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    let fromOtherWindow: number | null = null;
    const send = (message: PresenterMessage) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isPresenterMessage(message)) return;
      const store = useFilterStore.getState();
      if (message.type === 'hello') {
        if (store.present) send({ type: 'slide', slide: store.slide });
        return;
      }
      if (!store.present || store.slide === message.slide) return;
      fromOtherWindow = message.slide;
      store.setSlide(message.slide);
    };
    const unsubscribe = useFilterStore.subscribe((next, prev) => {
      if (!next.present || next.slide === prev.slide) return;
      if (next.slide !== fromOtherWindow) send({ type: 'slide', slide: next.slide });
      fromOtherWindow = null;
    });
    send({ type: 'hello' });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [enabled, supported]);
  return supported;
}
