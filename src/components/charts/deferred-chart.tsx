import { Suspense, type ReactNode } from 'react';
import { useHydrated } from '../../lib/use-hydrated';

/**
 * A chart whose code loads after the page is up (docs/decisions/031-first-view-bytes.md): pass a
 * `React.lazy` chart as children. Prerendered pages and hydration show a placeholder of the chart's
 * height (wide and narrow layouts, switched by CSS, so nothing shifts when the chart arrives); the
 * chart renders once the app runs. The placeholder sizes itself with SVG attributes, not a `style`
 * attribute, which the Content-Security-Policy would refuse in static HTML.
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
  const hydrated = useHydrated();
  const placeholder = (
    <div className="chart-placeholder" aria-hidden="true">
      <svg className="chart-placeholder__wide" width="100%" height={height} focusable="false" />
      <svg className="chart-placeholder__narrow" width="100%" height={narrowHeight} focusable="false" />
    </div>
  );
  if (!hydrated) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
