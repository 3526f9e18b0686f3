// The server entry of the prerender (scripts/prerender.mjs): renders one path of the app to HTML with the
// real, validated dataset already in the query cache. Built with `vite build --ssr`; runs in Node only.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router-dom';
import { HydrationBoundary } from './lib/hydration-boundary';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { dataKeys } from './data/queries';
import type { Dataset, RawDataFiles } from './data/validate';
import { resetFilterStore } from './state/filters/filter-store';

export { DATA_FILES } from './data/data-files';
export { NOT_FOUND_PATH, prerenderPaths } from './app/prerender-paths';
export { PRERENDERED_ATTRIBUTE } from './app/prerendered';
export { APP_CODE_TEMPLATE_ID } from './app/app-code-preload';
export { SNAPSHOT_SLOT_ATTRIBUTE, SNAPSHOT_WIDTHS } from './components/charts/chart-snapshots';

export interface RenderedPage {
  /** The markup of the app, for inside the root element. */
  html: string;
  /** The <title>, <meta> and <link> tags the view rendered, for <head>. */
  head: string;
  /** 404 when the path matched no view (the not-found route). */
  status: 200 | 404;
}

/** Validates the data files exactly as the client does (the prerender refuses to build from bad data). */
export async function validateDataset(raw: RawDataFiles): Promise<Dataset> {
  const { parseDataset } = await import('./data/validate');
  return parseDataset(raw);
}

/** Hoistable head tags React 19 writes ahead of the markup when rendering without a document. */
const LEADING_HEAD_TAGS = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/?>|<link [^>]*\/?>)+/;

/**
 * Renders `path` (an app path, without the base path) as the app would on first load: Norwegian
 * bokmål, default filters, dataset loaded. The client hydrates it in the same state.
 */
export async function renderPage(path: string, dataset: Dataset, basePath: string): Promise<RenderedPage> {
  // The same basename as the client's router (src/app/router-basename.ts): the base with its slash.
  const basename = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${basename.slice(0, -1)}${path}`, 'http://prerender.local');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`prerender: ${path} answered a redirect (${context.status})`);

  resetFilterStore();
  const queryClient = createQueryClient();
  queryClient.setQueryData(dataKeys.dataset(), dataset);
  const router = createStaticRouter(handler.dataRoutes, context);
  const rendered = renderToString(
    <StrictMode>
      <HydrationBoundary hydrating>
        <QueryClientProvider client={queryClient}>
          {/* hydrate={false}: no inline <script> with router state (the CSP forbids inline scripts). */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </HydrationBoundary>
    </StrictMode>,
  );
  queryClient.clear();

  const head = LEADING_HEAD_TAGS.exec(rendered)?.[0] ?? '';
  const leaf = context.matches.at(-1)?.route;
  return { html: rendered.slice(head.length), head, status: leaf?.path === '*' ? 404 : 200 };
}
