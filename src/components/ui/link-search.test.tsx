import { act, fireEvent, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Link, MemoryRouter, useLocation, useNavigationType } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { HydrationBoundary } from '../../lib/hydration-boundary';
import { resetFilterStore, useFilterStore } from '../../state/filters/filter-store';
import { AppLink, AppNavLink, ViewLink } from './app-link';
import { AppLinksProvider, underBase } from './app-links';
import { isCurrentPath, linkSearchNow } from './link-search';

function Where() {
  const location = useLocation();
  const type = useNavigationType();
  return (
    <>
      <p data-testid="where">{location.pathname + location.search + location.hash}</p>
      <p data-testid="how">{type}</p>
    </>
  );
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
          <AppLinksProvider>
            <AppLink to="/levels">Nivåer</AppLink>
          </AppLinksProvider>
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

describe('links to a view (AppLinksProvider)', () => {
  it('join an app path to the base as React Router does', () => {
    expect(underBase('/', '/')).toBe('/');
    expect(underBase('/', '/clusters/nce-media')).toBe('/clusters/nce-media');
    expect(underBase('/klyngeinnsikt/', '/')).toBe('/klyngeinnsikt/');
    expect(underBase('/klyngeinnsikt/', '/clusters/nce-media')).toBe('/klyngeinnsikt/clusters/nce-media');
  });

  it("have React Router's href under a basename, with the filters and a fragment", () => {
    resetFilterStore({ levels: ['nce'] });
    const html = renderToString(
      <MemoryRouter basename="/klyngeinnsikt/" initialEntries={['/klyngeinnsikt/timeline']}>
        <AppLinksProvider>
          <AppLink to="/">Hjem</AppLink>
          <ViewLink to="/clusters/nce-media" hash="evaluation">
            NCE Media
          </ViewLink>
          <Link to="/">Hjem</Link>
          <Link to={{ pathname: '/clusters/nce-media', search: '?level=nce', hash: '#evaluation' }}>NCE Media</Link>
        </AppLinksProvider>
      </MemoryRouter>,
    );
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      '/klyngeinnsikt/?level=nce',
      '/klyngeinnsikt/clusters/nce-media?level=nce#evaluation',
      '/klyngeinnsikt/',
      '/klyngeinnsikt/clusters/nce-media?level=nce#evaluation',
    ]);
  });

  it('navigate in the app on a plain click, with the filters of that moment', () => {
    renderWithProviders(
      <>
        <ViewLink to="/clusters/nce-media" hash="evaluation">
          NCE Media
        </ViewLink>
        <Where />
      </>,
      { path: '/timeline', filters: { levels: ['gce'] } },
    );
    const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'NCE Media' }));
    expect(notPrevented).toBe(false);
    expect(screen.getByTestId('where').textContent).toBe('/clusters/nce-media?level=gce#evaluation');
    expect(screen.getByTestId('how').textContent).toBe('PUSH');
  });

  it('replace the history entry when they lead to the page they are on, as React Router does', () => {
    renderWithProviders(
      <>
        <AppLink to="/timeline">Tidslinje</AppLink>
        <Where />
      </>,
      { path: '/timeline' },
    );
    fireEvent.click(screen.getByRole('link', { name: 'Tidslinje' }));
    expect(screen.getByTestId('where').textContent).toBe('/timeline');
    expect(screen.getByTestId('how').textContent).toBe('REPLACE');
  });

  it('leave a click that opens a new tab to the browser', () => {
    renderWithProviders(
      <>
        <AppLink to="/levels">Nivåer</AppLink>
        <Where />
      </>,
      { path: '/timeline' },
    );
    const notPrevented = fireEvent.click(screen.getByRole('link', { name: 'Nivåer' }), { metaKey: true });
    expect(notPrevented).toBe(true);
    expect(screen.getByTestId('where').textContent).toBe('/timeline');
  });
});

describe('a click while the filters’ transition is pending', () => {
  it('follows the current filters, not the href drawn a moment ago', () => {
    renderWithProviders(
      <>
        <ViewLink to="/levels">Nivåer</ViewLink>
        <Where />
      </>,
      { path: '/timeline', filters: { levels: ['gce'] } },
    );
    const link = screen.getByRole('link', { name: 'Nivåer' });
    act(() => {
      useFilterStore.setState({ levels: ['nce'] });
      // The links take the change in a transition, which has not rendered yet.
      expect(link.getAttribute('href')).toBe('/levels?level=gce');
      fireEvent.click(link);
    });
    expect(screen.getByTestId('where').textContent).toBe('/levels?level=nce');
  });
});

describe('navigation links', () => {
  it('mark the current view’s link, and a section’s for the views below it', () => {
    renderWithProviders(
      <>
        <AppNavLink to="/" end>
          Rangering
        </AppNavLink>
        <AppNavLink to="/levels">Nivåer</AppNavLink>
        <AppNavLink to="/timeline">Tidslinje</AppNavLink>
      </>,
      { path: '/levels/nce' },
    );
    expect(screen.getByRole('link', { name: 'Nivåer' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Rangering' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Tidslinje' })).not.toHaveAttribute('aria-current');
  });

  it('decide "current" as React Router’s NavLink does', () => {
    expect(isCurrentPath('/', '/', true)).toBe(true);
    expect(isCurrentPath('/levels', '/', true)).toBe(false);
    expect(isCurrentPath('/levels/nce', '/levels', false)).toBe(true);
    expect(isCurrentPath('/levels/nce', '/levels', true)).toBe(false);
    expect(isCurrentPath('/levelsx', '/levels', false)).toBe(false);
    expect(isCurrentPath('/Levels', '/levels', true)).toBe(true);
    expect(isCurrentPath('/levels/nce', '/levels/', false)).toBe(true);
  });
});
