import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The moment the page was last printed, or null until it is: never known while prerendering or
 * hydrating, so nothing that depends on "today" is in the prerendered markup (on any later day the
 * client would render another date, and React would discard the markup: ADR 030).
 *
 * Set on `beforeprint`, and when `print` media starts to match (browsers or tools that switch to print
 * media without the event). The update is flushed synchronously: the browser lays the page out for
 * print as soon as the event handler returns, before React would otherwise render.
 */
export function usePrintStart(): Date | null {
  const [startedAt, setStartedAt] = useState<Date | null>(null);
  useEffect(() => {
    const start = () => {
      flushSync(() => setStartedAt(new Date()));
    };
    const printMedia = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMediaChange = (event: MediaQueryListEvent) => {
      if (event.matches) start();
    };
    window.addEventListener('beforeprint', start);
    printMedia?.addEventListener('change', onMediaChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      printMedia?.removeEventListener('change', onMediaChange);
    };
  }, []);
  return startedAt;
}
