import type { RouteObject } from 'react-router-dom';
import { RootLayout } from './root-layout';
import { LoadingView } from './loading-view';
import { RootErrorPage, RouteErrorPage } from './route-error-page';
import { SpeakerLayout } from './speaker-layout';

/** Every view is lazy-loaded: a visitor downloads only the code of the view they open. */
export const routes: RouteObject[] = [
  {
    // The speaker view of presentation mode, opened in a second window (no site navigation).
    path: '/speaker',
    element: <SpeakerLayout />,
    errorElement: <RootErrorPage />,
    HydrateFallback: LoadingView,
    children: [
      { index: true, lazy: () => import('../pages/speaker-page').then((m) => ({ Component: m.SpeakerPage })) },
    ],
  },
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RootErrorPage />,
    HydrateFallback: LoadingView,
    children: [
      {
        // One boundary for the views, inside the layout: the navigation stays, and navigating away clears it.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, lazy: () => import('../pages/ranking-page').then((m) => ({ Component: m.RankingPage })) },
          {
            path: 'clusters',
            lazy: () => import('../pages/clusters-page').then((m) => ({ Component: m.ClustersPage })),
          },
          {
            path: 'clusters/:slug',
            lazy: () => import('../pages/cluster-page').then((m) => ({ Component: m.ClusterPage })),
          },
          { path: 'levels', lazy: () => import('../pages/levels-page').then((m) => ({ Component: m.LevelsPage })) },
          {
            path: 'levels/:level',
            lazy: () => import('../pages/level-page').then((m) => ({ Component: m.LevelPage })),
          },
          {
            path: 'timeline',
            lazy: () => import('../pages/timeline-page').then((m) => ({ Component: m.TimelinePage })),
          },
          { path: 'sources', lazy: () => import('../pages/sources-page').then((m) => ({ Component: m.SourcesPage })) },
          { path: '*', lazy: () => import('../pages/not-found-page').then((m) => ({ Component: m.NotFoundPage })) },
        ],
      },
    ],
  },
];
