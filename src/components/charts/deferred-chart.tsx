import { Suspense, startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * A chart whose code loads after the page is up (docs/decisions/031-first-view-bytes.md): pass a
 * `React.lazy` chart as children. Prerendered pages and hydration show a placeholder of the chart's
 * height (wide and narrow layouts, switched by CSS, so nothing shifts when the chart arrives); the
 * chart renders once the app runs, as a transition: React draws it in slices that yield to the
 * browser (input, paint) instead of one long task right after hydration. The placeholder sizes itself
 * with SVG attributes, not a `style` attribute, which the Content-Security-Policy would refuse in
 * static HTML.
 */
export function DeferredChart({
  height,
  narrowHeight = height,
  children,
}: {
  height: number;
  /** Height below 36rem (charts with taller rows on narrow screens). */
  narrowHeight?: number;
  children: ReactNode;
}) {
  const [running, setRunning] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setRunning(true);
    });
  }, []);
  const placeholder = (
    <div className="chart-placeholder" aria-hidden="true">
      <svg className="chart-placeholder__wide" width="100%" height={height} focusable="false" />
      <svg className="chart-placeholder__narrow" width="100%" height={narrowHeight} focusable="false" />
    </div>
  );
  if (!running) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
