import type { KeyboardEvent, ReactNode } from 'react';

/**
 * What a key does in a chart of horizontal bars stacked top to bottom (Recharts `layout="vertical"`).
 * Recharts' keyboard layer (accessibilityLayer) only knows ArrowLeft and ArrowRight, stepping along the
 * category axis; in a vertical layout its direction is top-to-bottom, so ArrowLeft steps to the bar
 * below and ArrowRight to the bar above (recharts 3.10, state/keyboardEventsMiddleware.js). The arrows
 * should follow what is drawn: Down → the bar below, Up → the bar above; Left and Right do nothing.
 * `pass` leaves the key alone (Enter, Escape, Tab…).
 */
export function verticalBarKey(key: string): { send: 'ArrowLeft' | 'ArrowRight' } | 'swallow' | 'pass' {
  switch (key) {
    case 'ArrowDown':
      return { send: 'ArrowLeft' };
    case 'ArrowUp':
      return { send: 'ArrowRight' };
    case 'ArrowLeft':
    case 'ArrowRight':
      return 'swallow';
    default:
      return 'pass';
  }
}

/** The keydown events this module sent on, which Recharts must see. */
const forwarded = new WeakSet<Event>();

function onKeyDownCapture(event: KeyboardEvent<HTMLDivElement>): void {
  if (forwarded.has(event.nativeEvent)) return;
  const target = event.target;
  if (!(target instanceof Element) || target.getAttribute('role') !== 'application') return;
  const what = verticalBarKey(event.key);
  if (what === 'pass') return;
  // The chart is an application: its arrows move within it and do not scroll the page.
  event.preventDefault();
  event.stopPropagation();
  if (what === 'swallow') return;
  const sent = new window.KeyboardEvent('keydown', { key: what.send, bubbles: true, cancelable: true });
  forwarded.add(sent);
  target.dispatchEvent(sent);
}

/** Wraps a Recharts chart of horizontal bars so its keyboard layer's arrows follow the drawing. */
export function VerticalBarKeys({ children }: { children: ReactNode }) {
  // The keys are handled by the chart's own focusable element (role="application") inside.
  return <div onKeyDownCapture={onKeyDownCapture}>{children}</div>;
}
