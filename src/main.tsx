import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './styles/app.css';
import './styles/charts.css';
import './styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { createQueryClient } from './app/query-client';
import { routerBasename } from './app/router-basename';
import { routes } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import { startColorScheme } from './state/color-scheme/color-scheme';
import { useFilterStore } from './state/filters/filter-store';
import { parseSearch } from './state/filters/url-codec';

// The store starts from the URL, so the first render is already in the linked language and filters.
const initial = parseSearch(window.location.search);
useFilterStore.getState().applyFromUrl(initial.state, initial.invalid);

// The saved colour scheme (a user preference, not filter state; public/color-scheme.js applied it before paint).
startColorScheme();

const router = createBrowserRouter(routes, { basename: routerBasename() });
const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);

registerServiceWorker();
