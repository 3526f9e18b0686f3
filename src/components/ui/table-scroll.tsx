import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The box a wide table scrolls in, so the page itself never scrolls sideways (WCAG 1.4.10 reflow).
 * It is a named region; while its table does not fit in it, it is also a tab stop, so keyboard users
 * can scroll it with the arrow keys (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(ref);
  return (
    // A scrollable region must be focusable to be scrolled by keyboard; it is named by `label`.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container is operable (arrow keys)
    <div ref={ref} className="table-scroll" role="region" aria-label={label} tabIndex={overflows ? 0 : undefined}>
      {children}
    </div>
  );
}

/**
 * Whether the element's content overflows it, sideways or (when a parent caps its height, as on a
 * presentation slide) downwards; rechecked when either resizes.
 */
function useOverflows(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () =>
      setOverflows(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
