/** Longest wait for the first paint: a page that never reports one still starts. */
const PAINT_WAIT_LIMIT_MS = 3000;

/**
 * Runs `start` once, after the browser has painted the page's content (its first contentful paint).
 * At once when there is nothing to wait for: a hidden page (a background tab paints nothing until
 * shown), a page without content (the app shell, which only the app fills), or a browser without
 * paint timing, where a frame callback and a task after it stand in for the paint.
 */
export function afterFirstPaint(start: () => void, options: { hasContent: boolean }): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (document.visibilityState === 'hidden' || !options.hasContent) {
    once();
    return;
  }
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
    observer.disconnect();
    setTimeout(once, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    once();
  }, PAINT_WAIT_LIMIT_MS);
}
