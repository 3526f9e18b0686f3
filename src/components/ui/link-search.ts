import { startTransition, useEffect, useState, type MouseEvent } from 'react';
import { useHydrated } from '../../lib/use-hydrated';
import { useFilterStore, type FilterStore, pickFilters } from '../../state/filters/filter-store';
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
 * The filters the links carry (a snapshot of the store), for `AppLinksProvider`: it follows the store,
 * but a change that alters what links write reaches them in a transition
 * (docs/decisions/036-long-tasks-after-hydration.md): a view holds hundreds of links, and re-rendering them
 * with the tap that changed the filter kept that tap from painting (≈ 140 ms at 4× CPU on /timeline).
 * Until the transition commits, a link's href has the previous filters; a click in that moment follows
 * the current ones (`AppLinks.follow`).
 */
export function useLinkFilters(): FilterStore {
  const hydrated = useHydrated();
  // Hydrating, the links are what the prerender drew (the store's initial state, as zustand's own hooks
  // read it then); the URL's filters (`?lang=en`) follow from the effect below.
  const [filters, setFilters] = useState(() =>
    hydrated ? useFilterStore.getState() : useFilterStore.getInitialState(),
  );
  useEffect(() => {
    const update = () => {
      const next = useFilterStore.getState();
      // Every parameter set a link keeps is part of the whole: if that is unchanged, so is each link.
      if (linkSearchNow(undefined, next) !== linkSearchNow(undefined, filters))
        startTransition(() => {
          setFilters(next);
        });
    };
    // The store may have changed between this render and the effect (the URL applied on start).
    update();
    return useFilterStore.subscribe(update);
  }, [filters]);
  return filters;
}

/** A plain left click, which the app handles itself (not a new tab, window or download). */
export function isPlainClick(event: MouseEvent): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
    (target === null || target === '_self')
  );
}

/**
 * Whether a navigation link to `to` is the current page's, as React Router's `NavLink` decides it (not
 * case-sensitive): the same path, or with `end` false, a path below it ("/levels/nce" under "/levels").
 */
export function isCurrentPath(locationPathname: string, to: string, end: boolean): boolean {
  const here = locationPathname.toLowerCase();
  const path = to.toLowerCase();
  const endSlash = path !== '/' && path.endsWith('/') ? path.length - 1 : path.length;
  return here === path || (!end && here.startsWith(path) && here.charAt(endSlash) === '/');
}
