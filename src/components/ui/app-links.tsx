import { createContext, useContext, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { createPath, useHref, useLocation, useNavigate } from 'react-router-dom';
import type { ParamName } from '../../state/filters/url-codec';
import { isPlainClick, linkSearchNow, useLinkFilters } from './link-search';

/** What every link to a view of the app needs, from one place (`AppLinksProvider`) instead of per link. */
export interface AppLinks {
  /**
   * The href of a link to an app path (`paths.cluster(slug)`), with the router's basename and the filters;
   * with `keeps`, only those parameters (a navigation link keeps what its view reads).
   */
  href: (pathname: string, hash?: string, keeps?: readonly ParamName[]) => string;
  /** A link's click handler: a plain click navigates in the app, with the filters as they are at that moment. */
  follow: (event: MouseEvent, pathname: string, hash?: string, keeps?: readonly ParamName[]) => void;
}

const AppLinksContext = createContext<AppLinks | null>(null);

/** An app path under the router's base ("/klyngeinnsikt/"), joined as React Router's `useHref` joins them. */
export function underBase(base: string, pathname: string): string {
  return pathname === '/' ? base : `${base}/${pathname}`.replace(/\/\/+/g, '/');
}

/**
 * The links' shared state, once per layout: the filters they carry (reaching them in a transition:
 * `useLinkFilters`) and one click handler. A view holds hundreds of links (`/timeline` 480); each was a
 * React Router `Link` with its own hooks, store subscription and effect, which hydration paid for link by
 * link (ADR 036). Now a link is an `<a>` that reads this context, and re-renders only when the filters do.
 */
export function AppLinksProvider({ children }: { children: ReactNode }) {
  const filters = useLinkFilters();
  const base = useHref('/');
  const navigate = useNavigate();
  const location = useLocation();
  // Read by the click handler, so that it (and the context's value) stays the same across navigations.
  const latest = useRef({ navigate, here: createPath(location) });
  useEffect(() => {
    latest.current = { navigate, here: createPath(location) };
  }, [navigate, location]);

  const value = useMemo<AppLinks>(() => {
    const all = linkSearchNow(undefined, filters);
    return {
      href: (pathname, hash = '', keeps) =>
        createPath({
          pathname: underBase(base, pathname),
          search: keeps ? linkSearchNow(keeps, filters) : all,
          hash,
        }),
      follow: (event, pathname, hash = '', keeps) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        // The filters now, even if their transition has not reached this link's href yet.
        const to = { pathname, search: linkSearchNow(keeps), hash };
        // As React Router's Link: a link to the page it is on replaces the history entry.
        void latest.current.navigate(to, { replace: createPath(to) === latest.current.here });
      },
    };
  }, [base, filters]);
  return <AppLinksContext.Provider value={value}>{children}</AppLinksContext.Provider>;
}

/** The links' shared href and click handler (from the layout's `AppLinksProvider`). */
export function useAppLinks(): AppLinks {
  const links = useContext(AppLinksContext);
  if (links === null) throw new Error('A link to a view needs an AppLinksProvider above it (each layout has one).');
  return links;
}
