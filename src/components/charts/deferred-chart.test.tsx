import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectSnapshots, releaseSnapshots } from './chart-snapshots';
import { DeferredChart } from './deferred-chart';

const SNAPSHOT =
  '<div class="chart-snapshot" data-width="381"><svg class="chart-snapshot__image" role="img" aria-label="Andel" tabindex="0"></svg></div>';

/** The prerendered page's slot, as the client finds it before hydrating; the snapshot shows at this width. */
function prerenderedSnapshot(key: string) {
  const page = document.createElement('div');
  page.innerHTML = `<div class="chart-snapshot-slot" data-chart-snapshot="ranking" data-snapshot-key="${key}">${SNAPSHOT}</div>`;
  collectSnapshots(page);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 381, 792));
}

const chart = <p>live chart</p>;

/** Renders the ranking's chart (drawing `key`) as hydration does, then ends hydration as the client's start does. */
function hydrate(children: ReactNode, key = 'k1') {
  render(
    <DeferredChart height={400} snapshot={{ id: 'ranking', key }}>
      {children}
    </DeferredChart>,
  );
  releaseSnapshots();
}

/** Lets effects, transitions and timers run for a while. */
async function settle(ms: number) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

describe('DeferredChart', () => {
  afterEach(() => {
    releaseSnapshots();
    vi.restoreAllMocks();
  });

  it('draws the chart as soon as the app runs when there is no snapshot', async () => {
    hydrate(chart);
    expect(await screen.findByText('live chart')).toBeInTheDocument();
  });

  it('shows the snapshot and runs no chart until someone reaches for it', async () => {
    prerenderedSnapshot('k1');
    hydrate(chart);
    expect(screen.getByRole('img', { name: 'Andel' })).toBeInTheDocument();
    await settle(50);
    expect(screen.queryByText('live chart')).toBeNull();
    fireEvent.pointerDown(screen.getByRole('img', { name: 'Andel' }));
    expect(await screen.findByText('live chart')).toBeInTheDocument();
  });

  it('draws the chart when the width changes (a turned phone), not when only the height does', async () => {
    prerenderedSnapshot('k1');
    hydrate(chart);
    const width = window.innerWidth;
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    await settle(50);
    expect(screen.queryByText('live chart')).toBeNull();
    Object.defineProperty(window, 'innerWidth', { value: width + 100, configurable: true });
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    expect(await screen.findByText('live chart')).toBeInTheDocument();
    Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
  });

  it('moves keyboard focus from the snapshot to the live chart', async () => {
    prerenderedSnapshot('k1');
    hydrate(<svg className="recharts-surface" tabIndex={0} aria-label="live" />);
    act(() => {
      screen.getByRole('img', { name: 'Andel' }).focus();
    });
    await vi.waitFor(() => {
      expect(document.activeElement?.getAttribute('aria-label')).toBe('live');
    });
  });

  it('leaves focus where the user took it if they moved on before the live chart was drawn', async () => {
    prerenderedSnapshot('k1');
    render(
      <>
        <DeferredChart height={400} snapshot={{ id: 'ranking', key: 'k1' }}>
          <svg className="recharts-surface" tabIndex={0} aria-label="live" />
        </DeferredChart>
        <button type="button">next</button>
      </>,
    );
    releaseSnapshots();
    act(() => {
      screen.getByRole('img', { name: 'Andel' }).focus();
      screen.getByRole('button', { name: 'next' }).focus();
    });
    await screen.findByLabelText('live');
    await settle(100);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'next' }));
  });

  it('draws the chart when what it shows no longer matches the snapshot (a filter, another language)', async () => {
    prerenderedSnapshot('k1');
    hydrate(chart, 'k2');
    expect(await screen.findByText('live chart')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Andel' })).toBeNull();
  });
});
