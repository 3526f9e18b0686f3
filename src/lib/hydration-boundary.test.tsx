import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HydrationBoundary } from './hydration-boundary';
import { useHydrated } from './use-hydrated';

function Probe({ seen }: { seen: boolean[] }) {
  const hydrated = useHydrated();
  seen.push(hydrated);
  return <p>{hydrated ? 'in the browser' : 'as prerendered'}</p>;
}

describe('HydrationBoundary', () => {
  it('prerenders the not-yet-hydrated state', () => {
    const html = renderToString(
      <HydrationBoundary hydrating>
        <Probe seen={[]} />
      </HydrationBoundary>,
    );
    expect(html).toContain('as prerendered');
  });

  it('while hydrating, renders first as prerendered, then in the browser state', async () => {
    const seen: boolean[] = [];
    render(
      <HydrationBoundary hydrating>
        <Probe seen={seen} />
      </HydrationBoundary>,
    );
    expect(await screen.findByText('in the browser')).toBeInTheDocument();
    expect(seen[0]).toBe(false);
  });

  it('rendering afresh, is in the browser state from the first render', () => {
    const seen: boolean[] = [];
    render(
      <HydrationBoundary hydrating={false}>
        <Probe seen={seen} />
      </HydrationBoundary>,
    );
    expect(screen.getByText('in the browser')).toBeInTheDocument();
    expect(seen).toEqual([true]);
  });
});
