import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom lays nothing out, so Recharts' ResponsiveContainer measures 0 × 0 and draws nothing. Call in a
 * test file (top level or a describe) to give Recharts' responsive container a `width` × `height` box and a
 * ResizeObserver that never fires: charts then render at that size, through the app's own code path
 * (ADR 042: nothing in src/ exists for tests).
 */
export function fixChartSize(width = 900, height = 600): void {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      },
    );
    const box = DOMRect.fromRect({ x: 0, y: 0, width, height });
    const empty = DOMRect.fromRect({ x: 0, y: 0, width: 0, height: 0 });
    // jsdom's own answer is an empty box for every element: keep that for all but the container.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('recharts-responsive-container') ? box : empty;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}
