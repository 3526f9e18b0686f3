import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { pickFilters, useFilterStore } from './filter-store';
import { historyModeFor } from './history-mode';
import { parseSearch, serializeSearch } from './url-codec';
import { migrateUrl } from './url-migrations';

/**
 * The one module that keeps the filter store and the URL in step. Mounted once, in the app's root
 * layout. URL → store when the location changes (Back/Forward, a pasted link, a link click);
 * store → URL once per user action (push, or replace while typing a search). Its own echo is
 * suppressed: applying a URL to the store does not write the URL back. An old link that a URL
 * migration updates (url-migrations.ts) is replaced in place by its current form: no extra history entry.
 */
export function FilterUrlSync(): null {
  const location = useLocation();
  const navigate = useNavigate();
  const applyingUrl = useRef(false);
  const locationRef = useRef(location);
  // Searches this module navigated to that the router has not rendered yet, oldest first. Two quick
  // actions (a presenter's double key press) can both happen before the first URL renders: the
  // second must compare against the first's URL, and the first URL must not roll the store back.
  const pending = useRef<string[]>([]);
  useLayoutEffect(() => {
    locationRef.current = location;
  }, [location]);

  /** Puts what a URL's search says into the store, unless the store says so already. */
  const applySearch = useCallback((search: string) => {
    const { state, invalid } = parseSearch(search);
    const store = useFilterStore.getState();
    const sameState = serializeSearch(pickFilters(store)) === serializeSearch(state);
    const sameNotices = JSON.stringify(store.invalidParams) === JSON.stringify(invalid);
    if (sameState && sameNotices) return;
    applyingUrl.current = true;
    try {
      store.applyFromUrl(state, invalid);
    } finally {
      applyingUrl.current = false;
    }
  }, []);

  useLayoutEffect(() => {
    const url = { pathname: location.pathname, search: location.search };
    const current = migrateUrl(url);
    if (current !== url) void navigate({ ...current, hash: location.hash }, { replace: true });
  }, [location.pathname, location.search, location.hash, navigate]);

  useLayoutEffect(() => {
    const ours = pending.current.indexOf(serializeSearch(parseSearch(location.search).state));
    if (ours >= 0) {
      pending.current = pending.current.slice(ours + 1);
      // A newer write is on its way: the store is already ahead of this URL.
      if (pending.current.length > 0) return;
    } else pending.current = [];
    applySearch(location.search);
  }, [location.search, applySearch]);

  // Back and Forward: the address bar is the truth at once. The router draws the entry as a
  // transition; if our own last write had not been drawn yet, the entry it goes back to can equal the
  // last location drawn, and the effect above would never see a change while the store is ahead.
  useEffect(() => {
    const onPopState = () => {
      pending.current = [];
      applySearch(window.location.search);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, [applySearch]);

  useEffect(
    () =>
      useFilterStore.subscribe((next, prev) => {
        if (applyingUrl.current) return;
        const search = serializeSearch(pickFilters(next));
        const current = locationRef.current;
        const shown = pending.current.at(-1) ?? serializeSearch(parseSearch(current.search).state);
        if (search === shown) return;
        pending.current.push(search);
        void navigate(
          { pathname: current.pathname, search, hash: current.hash },
          { replace: historyModeFor(pickFilters(prev), pickFilters(next)) === 'replace' },
        );
      }),
    [navigate],
  );

  return null;
}
