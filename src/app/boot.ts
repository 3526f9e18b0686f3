import { registerServiceWorker } from './service-worker';
import { startClient } from './start-client';
import { startColorScheme } from '../state/color-scheme/color-scheme';
import { useFilterStore } from '../state/filters/filter-store';
import { parseSearch } from '../state/filters/url-codec';

/**
 * Starts the app: the filter store from the URL, the colour scheme, the view, the service worker, Inter
 * for the next visit.
 */
export function boot(): void {
  // The store starts from the URL, so the first render is already in the linked language and filters.
  // (While hydrating prerendered markup, React reads the store's initial state, the one the prerender
  // used, and re-renders in the URL's state right after: no mismatch.)
  const initial = parseSearch(window.location.search);
  useFilterStore.getState().applyFromUrl(initial.state, initial.invalid);

  // The saved colour scheme (a user preference, not filter state; public/before-paint.js applied it before paint).
  startColorScheme();

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  void startClient(container);

  // Neither the worker (and its registration code) nor Inter for the next visit (ADR 065) is needed to
  // show the page: both wait until it has loaded, so they do not compete with the first view's code and data.
  const afterLoad = () => {
    registerServiceWorker();
    // A chunk that does not load (offline, a new deployment) leaves the next visit in the local face.
    import('./inter-font').then(({ cacheInterForNextVisit }) => cacheInterForNextVisit()).catch(() => undefined);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
