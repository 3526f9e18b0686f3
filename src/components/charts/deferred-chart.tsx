import { Suspense, startTransition, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { SNAPSHOT_KEY_ATTRIBUTE, SNAPSHOT_SLOT_ATTRIBUTE, hydratingSnapshot, type Snapshot } from './chart-snapshots';

/** How long a snapshot may cover the live chart while Recharts draws its first frame (frames). */
const COVER_FRAMES = 120;

/**
 * A chart whose code loads after the page is up (docs/decisions/031-first-view-bytes.md): pass a
 * `React.lazy` chart as children.
 *
 * On a prerendered page the chart is first its snapshot (docs/decisions/035-chart-snapshots.md): the
 * picture Recharts drew at build time, shown by CSS when one was drawn at this width. Recharts then
 * runs only when someone reaches for the chart — a pointer over it, a tap, keyboard focus — or when the
 * picture no longer fits: another width, other data (a filter), another language. Until then the page
 * runs no chart code. Where no snapshot shows, the chart is drawn once the app runs, as a transition
 * (React draws it in slices that yield to input and paint) over a placeholder of the chart's height
 * (wide and narrow layouts, switched by CSS, so nothing shifts when it arrives).
 */
export function DeferredChart({
  height,
  narrowHeight = height,
  snapshot,
  children,
}: {
  height: number;
  /** Height below 36rem (charts with taller rows on narrow screens). */
  narrowHeight?: number;
  /** The chart's id and what it draws (`snapshotKey`): the prerender writes its snapshots here. */
  snapshot?: { id: string; key: string };
  children: ReactNode;
}) {
  // Only while the page is hydrated: a chart mounted later (another view, a slide) draws live.
  const [held] = useState<Snapshot | null>(() => (snapshot ? hydratingSnapshot(snapshot.id) : null));
  const matching = held !== null && held.key === snapshot?.key ? held : null;
  const [running, setRunning] = useState(false);
  const [covered, setCovered] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const focusLive = useRef(false);

  const wake = useCallback(() => {
    if (wrapper.current?.querySelector('.chart-snapshot-slot')?.contains(document.activeElement))
      focusLive.current = true;
    setCovered(matching !== null);
    startTransition(() => {
      setRunning(true);
    });
  }, [matching]);

  useEffect(() => {
    if (running) return;
    // A snapshot in view waits for intent; anything else (none drawn at this width, other data) runs now.
    const slot = wrapper.current?.querySelector('.chart-snapshot-slot');
    // Reached for before the app ran (the pointer already over it, focus already on it): now.
    const reached = wrapper.current?.matches(':hover, :focus-within') ?? false;
    if (matching !== null && slot && slot.getBoundingClientRect().height > 0 && !reached) {
      // Another width (a turned phone, a resized window) may have no snapshot. Only the width: a phone's
      // address bar coming and going as one scrolls resizes the viewport's height.
      const width = window.innerWidth;
      const resized = () => {
        if (window.innerWidth !== width) wake();
      };
      window.addEventListener('resize', resized);
      return () => {
        window.removeEventListener('resize', resized);
      };
    }
    wake();
    return undefined;
  }, [matching, running, wake]);

  // The snapshot stays over the live chart until Recharts has drawn (no blank frame), then leaves; keyboard
  // focus that was on the snapshot moves to the live chart.
  useEffect(() => {
    if (!running || (!covered && !focusLive.current)) return;
    let frames = 0;
    let request = 0;
    const check = () => {
      const surface = wrapper.current?.querySelector<SVGSVGElement>('.recharts-surface');
      if (surface || frames >= COVER_FRAMES) {
        // The chart itself when it takes focus (the ranking), else its first link (the level chart's dots).
        const target = surface?.matches('[tabindex]') ? surface : surface?.querySelector<SVGElement>('a[href]');
        // Only while focus is still on the snapshot (or lost with it): never back from where the user went on.
        const active = document.activeElement;
        const stillHere = active === null || active === document.body || wrapper.current?.contains(active) === true;
        if (target && focusLive.current && stillHere) target.focus();
        focusLive.current = false;
        setCovered(false);
        return;
      }
      frames += 1;
      request = requestAnimationFrame(check);
    };
    request = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(request);
    };
  }, [running, covered]);

  const placeholder = (
    <div className="chart-placeholder" aria-hidden="true">
      <svg className="chart-placeholder__wide" width="100%" height={height} focusable="false" />
      <svg className="chart-placeholder__narrow" width="100%" height={narrowHeight} focusable="false" />
    </div>
  );
  const slot = (className: string) =>
    snapshot ? (
      <div
        className={className}
        {...{ [SNAPSHOT_SLOT_ATTRIBUTE]: snapshot.id, [SNAPSHOT_KEY_ATTRIBUTE]: snapshot.key }}
        // The build's own Recharts drawing of this chart (scripts/chart-snapshots.mjs), never user input.
        dangerouslySetInnerHTML={{ __html: matching?.markup ?? '' }}
      />
    ) : null;

  return (
    <div
      ref={wrapper}
      className="chart-deferred"
      data-chart-deferred={snapshot?.id}
      onPointerEnter={running ? undefined : wake}
      onPointerDown={running ? undefined : wake}
      onFocus={running ? undefined : wake}
    >
      {running ? (
        <>
          {covered ? slot('chart-snapshot-slot chart-snapshot-slot--cover') : null}
          <Suspense fallback={placeholder}>{children}</Suspense>
        </>
      ) : (
        <>
          {slot('chart-snapshot-slot')}
          {placeholder}
        </>
      )}
    </div>
  );
}
