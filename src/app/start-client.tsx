import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom';
import { collectSnapshots, releaseSnapshots } from '../components/charts/chart-snapshots';
import { adoptDrawnQrCodes } from '../components/print/known-qr-codes';
import { datasetQueryOptions } from '../data/queries';
import { useHydrated } from '../lib/use-hydrated';
import { HydrationBoundary } from '../lib/hydration-boundary';
import { createQueryClient } from './query-client';
import { routerBasename } from './router-basename';
import { PRERENDERED_ATTRIBUTE, isPrerenderedFor } from './prerendered';
import { routes } from './routes';
import { yieldToMain } from '../lib/yield-to-main';

/**
 * Loads the code of the lazy routes that match the location, so the router's first render is the view
 * itself rather than its loading fallback (as React Router's docs advise for hydrating lazy routes).
 */
async function resolveLazyRoutes(routeList: RouteObject[], pathname: string, basename: string): Promise<void> {
  const lazyMatches = (matchRoutes(routeList, pathname, basename) ?? []).filter((m) => m.route.lazy);
  await Promise.all(
    lazyMatches.map(async ({ route }) => {
      const load = route.lazy;
      if (typeof load !== 'function') return;
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}

/**
 * Removes the prerender's mark from the root once the app has committed its first render in the
 * browser's state (after hydration, `useHydrated`): from then on the page is the live app, not static
 * markup (end-to-end tests wait for this before they act).
 */
function MarkLive({ container }: { container: HTMLElement }): null {
  const hydrated = useHydrated();
  useEffect(() => {
    if (!hydrated) return;
    container.removeAttribute(PRERENDERED_ATTRIBUTE);
    releaseSnapshots();
  }, [container, hydrated]);
  return null;
}

/** Sent once the app has committed its first render: public/before-paint.js then replays a tap it kept. */
export const APP_READY_EVENT = 'klyngeinnsikt:app-ready';

/**
 * Says the app has committed its first render (hydrated the shell, or rendered afresh). A control tapped
 * before that had no handler (public/before-paint.js kept the tap and now clicks it again).
 */
function AnnounceReady(): null {
  useEffect(() => {
    window.dispatchEvent(new Event(APP_READY_EVENT));
  }, []);
  return null;
}

/** The head tags a view renders (PageHead); React adopts them when hydrating, not when rendering afresh. */
const VIEW_HEAD_TAGS =
  'head > title, head > meta[name="description"], head > link[rel="canonical"], head > meta[property^="og:"], head > meta[name^="twitter:"]';

/**
 * Starts the app in the browser. On a page prerendered for this path (scripts/prerender.mjs) it first
 * loads the view's code and the dataset, then hydrates the markup in the state it was rendered in
 * (Norwegian, default filters: the store's URL state is applied right after hydration). Anywhere else
 * (the dev server, a fallback page, data that fails to load) it renders afresh.
 */
export async function startClient(container: HTMLElement): Promise<void> {
  const basename = routerBasename();
  const queryClient = createQueryClient();
  let hydrate = isPrerenderedFor(container, window.location.pathname, basename);
  if (hydrate) {
    try {
      // The view's code and the data files load side by side; asking for each is a task of its own
      // (the preload links of the view's chunks, six fetches), and neither shares the task that
      // evaluated the app's code.
      await yieldToMain();
      const viewCode = resolveLazyRoutes(routes, window.location.pathname, basename);
      void viewCode.catch(() => undefined);
      await yieldToMain();
      await Promise.all([viewCode, queryClient.query(datasetQueryOptions())]);
    } catch {
      // The data or the view's code failed: render afresh, which shows the error with its retry.
      hydrate = false;
    }
  }
  if (hydrate) await yieldToMain();
  const router = createBrowserRouter(routes, { basename });
  const app = (
    <StrictMode>
      <HydrationBoundary hydrating={hydrate}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
        <MarkLive container={container} />
        <AnnounceReady />
      </HydrationBoundary>
    </StrictMode>
  );
  if (hydrate) {
    // Input and paint get their turn between the start-up steps (ADR 034, 036): assembling the data, making
    // the router, hydrating. (Numbers, dates and lists are written without Intl, whose first formatter
    // would load ICU's data in one long task: src/i18n/plain-format.ts.)
    await yieldToMain();
    // The QR codes the prerender drew: hydrating renders them from these instead of encoding again.
    adoptDrawnQrCodes(container);
    // The charts' build-time pictures: hydrating renders them as they are (ADR 035).
    collectSnapshots(container);
    // As a transition, hydration yields to the browser every few milliseconds instead of blocking the
    // main thread in one long task (the page is already visible; input waits at most one slice).
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  // Rendering afresh over a prerendered page (a fallback page): drop its head tags, or they would
  // stay beside the ones the view renders.
  if (container.hasAttribute(PRERENDERED_ATTRIBUTE)) {
    document.head.querySelectorAll(VIEW_HEAD_TAGS).forEach((element) => element.remove());
  }
  createRoot(container).render(app);
}
