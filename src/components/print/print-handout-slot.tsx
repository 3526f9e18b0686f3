import { lazy, Suspense } from 'react';
import { useHydrated } from '../../lib/use-hydrated';

// The footer and its QR encoder load after the page is up: only paper needs them (first-view bytes, ADR 031).
const PrintHandoutFooter = lazy(() =>
  import('./print-handout-footer').then((m) => ({ default: m.PrintHandoutFooter })),
);

/**
 * Where a view's printed handout ends: the print date, the view's address and its QR code
 * (`PrintHandoutFooter`, print only). Rendered once the app runs, not in prerendered markup, so
 * every view can carry it without the QR encoder in its first view. Cluster pages, whose handout is
 * the reason for the QR code, render the footer itself: prerendered, adopted when hydrating (ADR 030).
 */
export function PrintHandoutSlot() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <PrintHandoutFooter />
    </Suspense>
  );
}
