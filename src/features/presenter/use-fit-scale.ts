import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height, in CSS px, a slide is designed for: the slide's content is laid out as if its box were
 * this tall (and as wide as the screen's shape allows), then scaled to the real box. So a slide looks
 * the same at 1280×720 and 1920×1080, only larger (docs/decisions/023-slide-legibility.md).
 */
export const DESIGN_HEIGHT = 600;
/** Lay out no narrower than this (the narrowest layout the views support, WCAG 1.4.10 reflow). */
export const MIN_LAYOUT_WIDTH = 320;

export interface SlideFit {
  /** The width the content is laid out at, before scaling (CSS px). */
  layoutWidth: number;
  /** The factor the laid-out content is drawn at. */
  scale: number;
  /** Where the scaled content's top left corner sits in the box (centred; never above or left of it). */
  x: number;
  y: number;
}

/**
 * How a slide's content fits its box: laid out at the design height's width for this box, then
 * scaled by the largest factor at which all of it is inside the box (whole, never cut at the top).
 * `contentHeight` is the content's height when laid out at `layoutWidth` (null before it is measured).
 */
export function fitSlide(box: { width: number; height: number }, contentHeight: number | null): SlideFit {
  const width = Math.max(box.width, 1);
  const height = Math.max(box.height, 1);
  const zoom = Math.min(height / DESIGN_HEIGHT, width / MIN_LAYOUT_WIDTH);
  const layoutWidth = width / zoom;
  const scale = contentHeight && contentHeight > 0 ? Math.min(zoom, height / contentHeight) : zoom;
  const drawnHeight = (contentHeight ?? 0) * scale;
  return {
    layoutWidth,
    scale,
    x: Math.max(0, (width - layoutWidth * scale) / 2),
    y: Math.max(0, (height - drawnHeight) / 2),
  };
}

/**
 * Fits a slide's content to its box (see `fitSlide`). A CSS transform does not change layout, so the
 * charts inside keep the size they are laid out at and do not re-render in a loop; the content is
 * positioned absolutely, so its height never changes the box's.
 */
export function useFitSlide(
  box: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  /** Changes when the content element is replaced (a new slide). */
  contentKey: string,
): SlideFit | null {
  const [fit, setFit] = useState<SlideFit | null>(null);
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = fitSlide({ width: outer.clientWidth, height: outer.clientHeight }, inner.offsetHeight || null);
      setFit((previous) =>
        previous &&
        Math.abs(previous.layoutWidth - next.layoutWidth) < 0.5 &&
        Math.abs(previous.scale - next.scale) < 0.001 &&
        Math.abs(previous.y - next.y) < 0.5
          ? previous
          : next,
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    observer.observe(inner);
    measure();
    return () => observer.disconnect();
  }, [box, content, contentKey]);
  return fit;
}
