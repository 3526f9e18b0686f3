import { useLocation } from 'react-router-dom';
import { pickFilters, useFilterStore } from '../../state/filters/filter-store';
import { linkState, serializeSearch } from '../../state/filters/url-codec';

/** An absolute URL of the app: origin, the app's base path, a view path and a query string. */
export function absoluteAppUrl(pathname: string, search: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${window.location.origin}${base}${pathname}${search}`;
}

/**
 * The absolute link to exactly what is on screen: the current path and the serialised filter store
 * (level, search, sort, language, and presentation mode and slide when presenting). With
 * `{ presentation: false }` the link leaves presentation mode behind (for a printed handout).
 */
export function useCurrentLink(options: { pathname?: string; presentation?: boolean } = {}): string {
  const location = useLocation();
  const keep = options.presentation ?? true;
  const search = useFilterStore((store) => {
    const filters = pickFilters(store);
    return serializeSearch(keep ? filters : linkState(filters));
  });
  return absoluteAppUrl(options.pathname ?? location.pathname, search);
}
