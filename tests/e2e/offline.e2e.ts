import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { waitForOfflineReady } from './support/offline';

const { open, url } = setupBrowser();

describe('offline, after a first visit', () => {
  it('reloads the ranking with its data, and opens other views and deep links, with no network', async () => {
    const { page, context, errors } = await open('/', { serviceWorkers: 'allow' });
    await page.getByRole('table').first().waitFor();
    expect(await waitForOfflineReady(page)).toBe(url('/'));

    await context.setOffline(true);
    const reload = await page.reload();
    // The page came from the service worker's cache, not from the (unreachable) server.
    expect(reload?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: /internasjonale relasjoner/ }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(19);
    expect(await page.locator('tbody tr').first().textContent()).toContain('NCE Norway Health Tech');

    // A view whose code was never loaded online, by its link.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tidslinje' }).click();
    await page.getByRole('heading', { level: 1, name: /2002–2024/ }).waitFor();
    await page.getByRole('table').first().waitFor();

    // A deep link typed in while offline, with parameters: the cached app answers for every path.
    const deep = await page.goto(url('/levels?lang=en'));
    expect(deep?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'The levels of the cluster programme' }).waitFor();
    await page.getByRole('table').first().waitFor();

    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.setOffline(false);
  });
});
