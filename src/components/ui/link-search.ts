import { startTransition, useEffect, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useHydrated } from '../../lib/use-hydrated';
import { pickFilters, useFilterStore, type FilterStore } from '../../state/filters/filter-store';
import { keepOnly, linkState, serializeSearch, type ParamName } from '../../state/filters/url-codec';

/**
 * The query string a link would carry now (the store's current filters), or with `store`, from those;
 * with `keeps`, only those parameters.
 */
export function linkSearchNow(keeps?: readonly ParamName[], store: FilterStore = useFilterStore.getState()): string {
  const state = linkState(pickFilters(store));
  return serializeSearch(keeps ? keepOnly(state, keeps) : state);
}

/**
 * The current filters as a query string for a link to another view (language, level, search, sort);
 * with `keeps` (a stable array: the view registry's), only the parameters the target view reads.
 *
 * A filter change reaches the links in a transition (docs/decisions/036-long-tasks-after-hydration.md):
 * a view holds hundreds of links, and re-rendering them with the tap that changed the filter kept that
 * tap from painting (≈ 140 ms at 4× CPU on /timeline). Until the transition commits, a link's href has
 * the previous filters; `useFreshLinkClick` makes a click in that moment use the current ones.
 */
export function useLinkSearch(keeps?: readonly ParamName[]): string {
  const hydrated = useHydrated();
  // Hydrating, the links are what the prerender drew (the store's initial state, as zustand's own hooks
  // read it then); the URL's filters (`?lang=en`) follow from the effect below.
  const [search, setSearch] = useState(() =>
    linkSearchNow(keeps, hydrated ? useFilterStore.getState() : useFilterStore.getInitialState()),
  );
  useEffect(() => {
    const update = () => {
      const next = linkSearchNow(keeps);
      if (next !== search)
        startTransition(() => {
          setSearch(next);
        });
    };
    // The store may have changed between this render and the effect (the URL applied on start).
    update();
    return useFilterStore.subscribe(update);
  }, [keeps, search]);
  return search;
}

/** A plain left click, which the app handles itself (not a new tab, window or download). */
function isPlainClick(event: MouseEvent): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
    (target === null || target === '_self')
  );
}

/**
 * For a link whose href carries `search` (from `useLinkSearch`): a click handler that, when the filters
 * changed since (their transition has not committed yet), navigates with the current filters instead;
 * otherwise the router's link handles the click. Without it, the link would take the user, and the store
 * after them, back to the filters of a moment ago.
 */
export function useFreshLinkClick(
  search: string,
  keeps?: readonly ParamName[],
): (event: MouseEvent, pathname: string, hash?: string) => void {
  const navigate = useNavigate();
  return (event, pathname, hash = '') => {
    if (!isPlainClick(event)) return;
    const now = linkSearchNow(keeps);
    if (now === search) return;
    event.preventDefault();
    void navigate({ pathname, search: now, hash });
  };
}
