import type { RouteObject } from 'react-router-dom';
import { SPEAKER_VIEW, VIEWS, embeddableCharts } from '../pages/views/views';
import type { ViewDefinition } from '../pages/views/view-definition';
import { yieldToMain } from '../lib/yield-to-main';
import { EmbedLayout } from './embed-layout';
import { RootLayout } from './root-layout';
import { LoadingView } from './loading-view';
import { RootErrorPage, RouteErrorPage } from './route-error-page';
import { SpeakerLayout } from './speaker-layout';

/**
 * A view's route from its registry entry: lazy-loaded, so a visitor downloads only the view they open. The
 * view's `beforeFirstRender` runs in a task of its own after its code has loaded, before the route renders.
 */
export function routeOf(view: ViewDefinition): RouteObject {
  const lazy = async () => {
    const Component = await view.page();
    if (view.beforeFirstRender) {
      await yieldToMain();
      view.beforeFirstRender();
    }
    return { Component };
  };
  return view.route === '' ? { index: true, lazy } : { path: view.route, lazy };
}

/** The router's routes, from the view registry (src/pages/views/views.ts). */
export const routes: RouteObject[] = [
  {
    // The speaker view of presentation mode, opened in a second window (no site navigation).
    path: SPEAKER_VIEW.route,
    element: <SpeakerLayout />,
    errorElement: <RootErrorPage />,
    HydrateFallback: LoadingView,
    children: [{ ...routeOf({ ...SPEAKER_VIEW, route: '' }) }],
  },
  {
    // One chart alone, for other sites to frame (ADR 063): a route per figure of the view registry.
    path: '/embed',
    element: <EmbedLayout />,
    errorElement: <RootErrorPage />,
    HydrateFallback: LoadingView,
    children: embeddableCharts().map((chart) => ({
      path: chart.chartId,
      lazy: () => chart.page().then((Component) => ({ Component })),
    })),
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
        children: VIEWS.map(routeOf),
      },
    ],
  },
];
