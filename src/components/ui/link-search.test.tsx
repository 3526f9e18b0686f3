import { act, fireEvent, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Link, MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { HydrationBoundary } from '../../lib/hydration-boundary';
import { resetFilterStore, useFilterStore } from '../../state/filters/filter-store';
import { AppLink, AppNavLink } from './app-link';
import { linkSearchNow, useFreshLinkClick } from './link-search';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

describe('links that keep the filters', () => {
  it('carry the current filters, and follow a change of them', async () => {
    renderWithProviders(
      <>
        <AppLink to="/levels">Nivåer</AppLink>
        <AppNavLink to="/timeline" keeps={['level', 'lang']}>
          Tidslinje
        </AppNavLink>
      </>,
      { filters: { levels: ['nce'], q: 'media' } },
    );
    expect(screen.getByRole('link', { name: 'Nivåer' }).getAttribute('href')).toBe('/levels?level=nce&q=media');
    // The navigation keeps only what its view reads.
    expect(screen.getByRole('link', { name: 'Tidslinje' }).getAttribute('href')).toBe('/timeline?level=nce');
    await act(async () => {
      useFilterStore.setState({ levels: ['arena', 'nce'], lang: 'en' });
      await Promise.resolve();
    });
    expect(screen.getByRole('link', { name: 'Nivåer' }).getAttribute('href')).toBe(
      '/levels?level=arena~nce&q=media&lang=en',
    );
    expect(screen.getByRole('link', { name: 'Tidslinje' }).getAttribute('href')).toBe(
      '/timeline?level=arena~nce&lang=en',
    );
  });

  it('hydrate as prerendered, then take the filters of the address (`?lang=en`)', async () => {
    resetFilterStore();
    const app = (
      <HydrationBoundary hydrating>
        <MemoryRouter initialEntries={['/timeline']}>
          <AppLink to="/levels">Nivåer</AppLink>
        </MemoryRouter>
      </HydrationBoundary>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/levels');
    // The app applies the address to the store before it hydrates (src/app/boot.ts).
    useFilterStore.setState({ lang: 'en' });
    const root = await act(async () => {
      const hydrated = hydrateRoot(container, app);
      await Promise.resolve();
      return hydrated;
    });
    try {
      expect(container.querySelector('a')?.getAttribute('href')).toBe('/levels?lang=en');
    } finally {
      act(() => {
        root.unmount();
      });
      container.remove();
    }
  });

  it('never carry the presentation', () => {
    renderWithProviders(<AppLink to="/levels">Nivåer</AppLink>, { filters: { present: true, slide: 3 } });
    expect(screen.getByRole('link', { name: 'Nivåer' }).getAttribute('href')).toBe('/levels');
    expect(linkSearchNow()).toBe('');
  });
});

describe('useFreshLinkClick', () => {
  /** A link drawn before the latest filter change reached it: its href has no filters. */
  function StaleLink() {
    const fresh = useFreshLinkClick('');
    return (
      <Link
        to="/levels"
        onClick={(event) => {
          fresh(event, '/levels');
        }}
      >
        Nivåer
      </Link>
    );
  }

  it('takes a click on a link with outdated filters to the current ones', () => {
    renderWithProviders(
      <>
        <StaleLink />
        <Where />
      </>,
      { filters: { levels: ['gce'] } },
    );
    const link = screen.getByRole('link', { name: 'Nivåer' });
    expect(link.getAttribute('href')).toBe('/levels');
    fireEvent.click(link);
    expect(screen.getByTestId('where').textContent).toBe('/levels?level=gce');
  });

  it('leaves a click that opens a new tab to the browser', () => {
    renderWithProviders(
      <>
        <StaleLink />
        <Where />
      </>,
      { filters: { levels: ['gce'] } },
    );
    const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'Nivåer' }), { ctrlKey: true });
    expect(notPrevented).toBe(true);
    expect(screen.getByTestId('where').textContent).toBe('/');
  });
});
