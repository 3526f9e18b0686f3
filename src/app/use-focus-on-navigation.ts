import { useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';

/** Where a visitor was on a view when they followed a link away from it. */
interface LeftFrom {
  scrollY: number;
  /** The `href` of the link they followed (a ranking row…), and which of the links with it. */
  href: string;
  nth: number;
}

/** Per history entry (React Router's location key): where the visitor left that view. Lives for the tab. */
const leftFrom = new Map<string, LeftFrom>();

/** Frames to wait for a lazily loaded view to draw what focus goes to (about two seconds). */
const MAX_FRAMES = 120;

/** The links with this `href` in the main region, in document order. */
function linksTo(href: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`main a[href="${CSS.escape(href)}"]`)];
}

/**
 * After a change of view (not on first load, not on a filter change) focus moves to the new <h1>,
 * so screen-reader users hear where they are. Back (or Forward) to a view the visitor left by a link
 * restores where they were instead: the scroll position, and focus on the link they followed (the
 * ranking row), not 15 Tabs away at the heading. Waits for the lazily loaded view to draw.
 */
export function useFocusOnNavigation(): void {
  const { pathname, key } = useLocation();
  const navigationType = useNavigationType();
  // Read by the effects below, which run once per view, not once per filter change.
  const entry = useRef({ key, navigationType });
  const first = useRef(true);

  useEffect(() => {
    entry.current = { key, navigationType };
  }, [key, navigationType]);

  // Remember the link a visitor follows, and how far down they were, for the entry they leave.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('main a[href]') : null;
      const href = link?.getAttribute('href');
      if (!link || !href) return;
      const nth = linksTo(href).findIndex((candidate) => candidate === link);
      leftFrom.set(entry.current.key, { scrollY: window.scrollY, href, nth: Math.max(nth, 0) });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const back = entry.current.navigationType === NavigationType.Pop ? leftFrom.get(entry.current.key) : undefined;
    let frame = 0;
    let tries = 0;
    const step = () => {
      tries += 1;
      if (back && tries <= MAX_FRAMES) {
        const link = linksTo(back.href)[back.nth];
        // The view may still be growing (data, then the table): scroll once it is tall enough, or late.
        const tallEnough = document.documentElement.scrollHeight - window.innerHeight >= back.scrollY;
        if (link && (tallEnough || tries > MAX_FRAMES / 2)) {
          window.scrollTo(0, back.scrollY);
          link.focus({ preventScroll: true });
          return;
        }
        frame = requestAnimationFrame(step);
        return;
      }
      // A new view, or the link is gone: say where the visitor is.
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) heading.focus({ preventScroll: false });
      else if (tries < 2 * MAX_FRAMES) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
