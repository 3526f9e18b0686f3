import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { pickFilters, useFilterStore } from './filter-store';
import { historyModeFor } from './history-mode';
import { parseSearch, serializeSearch } from './url-codec';

/**
 * The one module that keeps the filter store and the URL in step. Mounted once, in the app's root
 * layout. URL → store when the location changes (Back/Forward, a pasted link, a link click);
 * store → URL once per user action (push, or replace while typing a search). Its own echo is
 * suppressed: applying a URL to the store does not write the URL back.
 */
export function FilterUrlSync(): null {
  const location = useLocation();
  const navigate = useNavigate();
  const applyingUrl = useRef(false);
  const locationRef = useRef(location);
  useLayoutEffect(() => {
    locationRef.current = location;
  }, [location]);

  useLayoutEffect(() => {
    const { state, invalid } = parseSearch(location.search);
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
  }, [location.search]);

  useEffect(
    () =>
      useFilterStore.subscribe((next, prev) => {
        if (applyingUrl.current) return;
        const search = serializeSearch(pickFilters(next));
        const current = locationRef.current;
        if (search === serializeSearch(parseSearch(current.search).state)) return;
        void navigate(
          { pathname: current.pathname, search, hash: current.hash },
          { replace: historyModeFor(pickFilters(prev), pickFilters(next)) === 'replace' },
        );
      }),
    [navigate],
  );

  return null;
}
