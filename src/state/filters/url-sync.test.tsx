import { act, render } from '@testing-library/react';
import { Suspense, use } from 'react';
import { Outlet, RouterProvider, createBrowserRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetFilterStore, useFilterStore } from './filter-store';
import { FilterUrlSync } from './url-sync';

// Today's URLs are the first version (no migrations yet): a synthetic step, an old `levels` parameter and
// an old `/history` path, proves that an old link is brought up to date in place.
vi.mock('./url-migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./url-migrations')>();
  const synthetic = [
    { to: 2, why: 'levels → level', migrate: actual.renameParam('levels', 'level') },
    { to: 3, why: '/history → /timeline', migrate: actual.renamePath('/history', '/timeline') },
  ];
  return {
    ...actual,
    URL_MIGRATIONS: synthetic,
    migrateUrl: (url: { pathname: string; search: string }) => actual.migrateUrl(url, synthetic),
  };
});

/** Never settles while the test runs: a view that is still loading its code or data. */
const stillLoading = new Promise<never>(() => undefined);

/** Suspends on `?level=nce`, so the router's navigation there (a transition) cannot commit. */
function SlowOnNce() {
  const { search } = useLocation();
  if (search === '?level=nce') use(stillLoading);
  return <p>view {search}</p>;
}

const routers: { dispose: () => void }[] = [];

/** A browser router on jsdom's real `history`, as in the app: each history entry is read anew on Back. */
function renderApp(initial: string) {
  window.history.replaceState(null, '', initial);
  const router = createBrowserRouter([
    {
      path: '/',
      element: (
        <>
          <FilterUrlSync />
          <Suspense fallback={<p>loading</p>}>
            <Outlet />
          </Suspense>
        </>
      ),
      children: [
        { path: 'timeline', element: <SlowOnNce /> },
        // As in the app, an unknown path still renders inside the layout that mounts the sync.
        { path: '*', element: <p>not found</p> },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  routers.push(router);
  return router;
}

/** The browser's Back, awaited until the router has taken in the entry it went back to. */
async function goBack(router: ReturnType<typeof renderApp>): Promise<void> {
  await act(async () => {
    const settled = new Promise<void>((resolve) => {
      const unsubscribe = router.subscribe((state) => {
        if (state.navigation.state !== 'idle') return;
        unsubscribe();
        resolve();
      });
    });
    await router.navigate(-1);
    await settled;
  });
}

afterEach(() => {
  // Each browser router listens to `popstate` until disposed.
  for (const router of routers.splice(0)) router.dispose();
  resetFilterStore();
});

describe('FilterUrlSync', () => {
  it('writes a level choice to the URL and Back restores the store', async () => {
    resetFilterStore();
    const router = renderApp('/timeline');
    await act(async () => {
      useFilterStore.getState().toggleLevel('arena');
      await Promise.resolve();
    });
    expect(router.state.location.search).toBe('?level=arena');
    await goBack(router);
    expect(router.state.location.search).toBe('');
    expect(useFilterStore.getState().levels).toEqual([]);
  });

  it('Back restores the store even when the view for the new URL had not drawn yet', async () => {
    resetFilterStore();
    const router = renderApp('/timeline');
    await act(async () => {
      useFilterStore.getState().toggleLevel('nce');
      await Promise.resolve();
    });
    expect(router.state.location.search).toBe('?level=nce');
    await goBack(router);
    expect(router.state.location.search).toBe('');
    expect(useFilterStore.getState().levels).toEqual([]);
  });

  it('replaces an old link by its migrated form in place, with the filters it names', async () => {
    resetFilterStore();
    window.history.replaceState(null, '', '/');
    window.history.pushState(null, '', '/');
    const entries = window.history.length;
    const router = renderApp('/history?levels=nce&lang=en');
    await act(async () => {
      await Promise.resolve();
    });
    expect(router.state.location.pathname).toBe('/timeline');
    expect(router.state.location.search).toBe('?lang=en&level=nce');
    expect(window.history.length).toBe(entries);
    expect(useFilterStore.getState().levels).toEqual(['nce']);
    expect(useFilterStore.getState().invalidParams).toEqual([]);
  });
});
