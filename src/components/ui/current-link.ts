import { useLocation } from 'react-router-dom';
import { pickFilters, useFilterStore } from '../../state/filters/filter-store';
import { linkState, serializeSearch } from '../../state/filters/url-codec';
import { useHydrated } from '../../lib/use-hydrated';

/** An absolute URL of the app: origin, the app's base path, a view path and a query string. */
export function absoluteAppUrl(pathname: string, search: string, origin: string = window.location.origin): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${origin}${base}${pathname}${search}`;
}

/** The public origin the site is built for (SITE_URL), without a trailing slash. */
const siteOrigin = () => import.meta.env.SITE_URL.replace(/\/+$/, '');

/**
 * The page's origin. While prerendering (there is no window) and while hydrating it is the public
 * origin the site is built for (SITE_URL), so the prerendered markup and the first client render
 * agree, and a prerendered link (the print handout's QR code) is one that works; the page's real
 * origin follows right after.
 */
function useOrigin(): string {
  return useHydrated() ? window.location.origin : siteOrigin();
}

/**
 * The absolute link to exactly what is on screen: the current path and the serialised filter store
 * (level, search, sort, language, and presentation mode and slide when presenting). With
 * `{ presentation: false }` the link leaves presentation mode behind (for a printed handout).
 */
export function useCurrentLink(options: { pathname?: string; presentation?: boolean } = {}): string {
  const location = useLocation();
  const origin = useOrigin();
  const keep = options.presentation ?? true;
  const search = useFilterStore((store) => {
    const filters = pickFilters(store);
    return serializeSearch(keep ? filters : linkState(filters));
  });
  return absoluteAppUrl(options.pathname ?? location.pathname, search, origin);
}
