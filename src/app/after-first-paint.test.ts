import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

type Deliver = (names: string[]) => void;

/** A PerformanceObserver that supports paint timing and lets the test deliver paint entries. */
function stubPaintObserver(): { deliver: Deliver; disconnected: () => boolean } {
  let callback: ((list: { getEntries: () => { name: string }[] }) => void) | null = null;
  let disconnected = false;
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(cb: typeof callback) {
      callback = cb;
    }
    observe() {
      return undefined;
    }
    disconnect() {
      disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    deliver: (names) => callback?.({ getEntries: () => names.map((name) => ({ name })) }),
    disconnected: () => disconnected,
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('starts at once when the page has no content to paint (the app shell)', () => {
    const start = vi.fn();
    afterFirstPaint(start, { hasContent: false });
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for the first contentful paint, then starts once', () => {
    vi.useFakeTimers();
    const observer = stubPaintObserver();
    const start = vi.fn();
    afterFirstPaint(start, { hasContent: true });
    observer.deliver(['first-paint']);
    vi.advanceTimersByTime(10);
    expect(start).not.toHaveBeenCalled();
    observer.deliver(['first-contentful-paint']);
    vi.advanceTimersByTime(10);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.disconnected()).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when no paint is reported within three seconds', () => {
    vi.useFakeTimers();
    stubPaintObserver();
    const start = vi.fn();
    afterFirstPaint(start, { hasContent: true });
    vi.advanceTimersByTime(2999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('without paint timing, starts after the next frame', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    vi.stubGlobal('PerformanceObserver', undefined);
    const start = vi.fn();
    afterFirstPaint(start, { hasContent: true });
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
