import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HydrationBoundary } from '../../lib/hydration-boundary';
import { resetFilterStore, useFilterStore } from '../../state/filters/filter-store';
import { PrintHandoutFooter } from './print-handout-footer';
import { qrMatrix } from './qr-matrix';
import { adoptDrawnQrCodes, forgetQrMatrices } from './known-qr-codes';

// Counts the encoder's runs; it still encodes.
vi.mock('./qr-matrix', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./qr-matrix')>();
  return { ...actual, qrMatrix: vi.fn(actual.qrMatrix) };
});

const BUILD_DAY = new Date(2026, 10, 29, 12, 0);
const NINE_DAYS_LATER = new Date(2026, 11, 8, 9, 30);
// As the prerender and the client's hydration render it: inside the app's hydration boundary.
const footer = (
  <HydrationBoundary hydrating>
    <MemoryRouter initialEntries={['/clusters/nce-media']}>
      <PrintHandoutFooter />
    </MemoryRouter>
  </HydrationBoundary>
);

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  forgetQrMatrices();
  vi.useRealTimers();
});

/** The footer as the prerender (the server build: `import.meta.env.SSR`) renders it. */
function prerender(): string {
  vi.stubEnv('SSR', true);
  try {
    return renderToString(footer);
  } finally {
    vi.unstubAllEnvs();
  }
}

/** Prerenders the footer on the build day, then hydrates it later, as the browser does. */
function prerenderThenHydrate(): { recoverable: ReturnType<typeof vi.fn> } {
  vi.setSystemTime(BUILD_DAY);
  container.innerHTML = prerender();
  forgetQrMatrices(); // the browser knows nothing the prerender encoded
  vi.mocked(qrMatrix).mockClear();
  vi.setSystemTime(NINE_DAYS_LATER);
  const recoverable = vi.fn();
  adoptDrawnQrCodes(container);
  act(() => {
    root = hydrateRoot(container, footer, { onRecoverableError: recoverable });
  });
  return { recoverable };
}

describe('PrintHandoutFooter', () => {
  it('prerenders the QR code of the page at the public address, and no date', () => {
    vi.setSystemTime(BUILD_DAY);
    const html = prerender();
    expect(html).toContain('data-qr-text="https://klyngeinnsikt.example/clusters/nce-media"');
    expect(html).toContain('https://klyngeinnsikt.example/clusters/nce-media</span>');
    expect(html).not.toContain('Skrevet ut');
    expect(html).not.toContain('2026');
  });

  it('hydrates on a later day without a mismatch and without encoding the QR code again', () => {
    const { recoverable } = prerenderThenHydrate();
    expect(recoverable).not.toHaveBeenCalled();
    expect(qrMatrix).not.toHaveBeenCalled();
  });

  it('encodes no QR code for a link that changes as hydration ends (a visit with ?lang=en)', () => {
    // The URL's state is in the store before hydrating (boot.ts); hydration renders the prerender's.
    useFilterStore.getState().setLang('en');
    try {
      const { recoverable } = prerenderThenHydrate();
      expect(recoverable).not.toHaveBeenCalled();
      expect(screen.getByText(/\?lang=en/)).toBeInTheDocument();
      expect(qrMatrix).not.toHaveBeenCalled();
    } finally {
      resetFilterStore();
    }
  });

  it('shows the day it is printed and the QR code of the link when printing starts', () => {
    prerenderThenHydrate();
    expect(screen.queryByText(/Skrevet ut/)).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('Skrevet ut 8. desember 2026 fra Klyngeinnsikt.')).toBeInTheDocument();
    const link = `${window.location.origin}/clusters/nce-media`;
    expect(screen.getByRole('img', { name: `QR-kode med lenke til denne siden: ${link}` })).toHaveAttribute(
      'data-qr-text',
      link,
    );
  });
});
