import { useLayoutEffect, useState, type RefObject } from 'react';

/** Shrink no further than this; below it the slide scrolls instead (text must stay readable). */
export const MIN_FIT_SCALE = 0.6;

/** The scale that makes content of `contentHeight` fit `boxHeight` (never enlarges, never below the minimum). */
export function fitScale(boxHeight: number, contentHeight: number): number {
  if (boxHeight <= 0 || contentHeight <= boxHeight) return 1;
  return Math.max(MIN_FIT_SCALE, boxHeight / contentHeight);
}

/**
 * Scales a slide's content down to fit its box when it is a little too tall (a 19-row chart on a
 * 768 px high projector). A CSS transform does not change layout, so the charts inside keep their
 * measured size and do not re-render in a loop.
 */
export function useFitScale(
  box: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  /** Changes when the content element is replaced (a new slide). */
  contentKey: string,
): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScale(fitScale(outer.clientHeight, inner.offsetHeight));
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    observer.observe(inner);
    measure();
    return () => observer.disconnect();
  }, [box, content, contentKey]);
  return scale;
}
