import { Button } from '@digdir/designsystemet-react';
import { useHydrated } from '../../lib/use-hydrated';

/** Whether the browser has a share sheet; false while prerendering and hydrating. */
function useCanShare(): boolean {
  return useHydrated() && typeof navigator.share === 'function';
}

/**
 * Opens the system share sheet (Web Share API) with the current page's title and link. Renders
 * nothing where the browser has no share sheet (most desktop browsers), so it never promises what it can't do.
 */
export function ShareButton({ label, title, url }: { label: string; title: string; url: () => string }) {
  const canShare = useCanShare();
  if (!canShare) return null;
  return (
    <Button
      variant="secondary"
      data-size="sm"
      onClick={() => {
        navigator.share({ title, url: url() }).catch(() => undefined);
      }}
    >
      {label}
    </Button>
  );
}
