import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AppLinksProvider } from '../src/components/ui/app-links';
import { dataKeys } from '../src/data/queries';
import type { Dataset } from '../src/data/validate';
import { resetFilterStore } from '../src/state/filters/filter-store';
import type { FilterState } from '../src/state/filters/filter-state';

/**
 * Renders UI with fresh providers: a new QueryClient (no retries) holding `dataset` if given, a
 * memory router at `path` with the layouts' link provider, and the filter store reset to `filters`.
 */
export function renderWithProviders(
  ui: ReactElement,
  options: { dataset?: Dataset; path?: string; filters?: Partial<FilterState> } = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (options.dataset) queryClient.setQueryData(dataKeys.dataset(), options.dataset);
  resetFilterStore(options.filters);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[options.path ?? '/']}>
        <AppLinksProvider>{ui}</AppLinksProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
