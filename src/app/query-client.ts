import { QueryClient } from '@tanstack/react-query';

/** The app's query client. Data is bundled and versioned with the app, so it never goes stale. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false } },
  });
}
