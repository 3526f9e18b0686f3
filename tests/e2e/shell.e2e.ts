import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser, waitForApp } from './support/browser';

const { open, newPage, url } = setupBrowser();

const ROUTES = [
  { path: '/', h1: /internasjonale relasjoner/ },
  { path: '/levels', h1: /nivåer/ },
  { path: '/programme', h1: /Programmet i tall/ },
  { path: '/timeline', h1: /2002–2024/ },
  { path: '/sources', h1: /Kilder og metode/ },
  { path: '/finnes-ikke', h1: /Siden finnes ikke/ },
];

describe('app shell in Chromium', () => {
  it.each(ROUTES)('renders $path with its heading, navigation and no console error', async ({ path, h1 }) => {
    const { page, errors } = await open(path);
    await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').count()).toBe(6);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(errors).toEqual([]);
  });

  it('shows the ranking data as a table of the 19 clusters', async () => {
    const { page } = await open('/');
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(19);
    expect(await table.locator('tbody tr').first().textContent()).toContain('NCE Norway Health Tech');
    expect(await table.locator('tbody tr').nth(4).textContent()).toContain('ikke publisert');
  });

  it('switches the whole interface to English with ?lang=en, and back with the switch', async () => {
    const { page } = await open('/levels?lang=en');
    await page.getByRole('heading', { level: 1, name: 'The levels of the cluster programme' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'The cluster programme 2002–2024' }).waitFor();
    expect(page.url()).toMatch(/\/timeline\?lang=en$/);
    await page.getByRole('button', { name: 'Norsk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klyngeprogrammet 2002–2024' }).waitFor();
    expect(page.url()).toMatch(/\/timeline$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
  });

  it('moves focus to the new heading after a change of view', async () => {
    const { page } = await open('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Nivåer' }).click();
    await page.getByRole('heading', { level: 1, name: /nivåer/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toMatch(/nivåer – Klyngeinnsikt$/);
  });
});

describe('data failures', () => {
  it('names the file and the first bad field of invalid data, and the retry recovers', async () => {
    const broken = await open('/');
    let corrupt = true;
    await broken.page.route('**/data/evaluation.json', async (route) => {
      if (!corrupt) return route.continue();
      const response = await route.fetch();
      const json = (await response.json()) as { ranking: { share: { value?: number } }[] };
      const third = json.ranking[2];
      if (third) third.share.value = 540;
      return route.fulfill({ response, json });
    });
    await broken.page.reload();
    const alert = broken.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('evaluation.json');
    expect(await alert.textContent()).toContain('ranking[2].share.value');
    expect(await broken.page.getByRole('table').count()).toBe(0);
    corrupt = false;
    await broken.page.getByRole('button', { name: 'Prøv igjen' }).click();
    await broken.page.getByRole('table').waitFor();
    expect(await broken.page.locator('tbody tr').count()).toBe(19);
  });

  it('reports a missing file by name, and the retry recovers without a reload', async () => {
    const { page } = await open('/timeline');
    await page.getByRole('table').first().waitFor();
    let missing = true;
    await page.route('**/data/timeline.json', (route) =>
      missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('timeline.json');
    expect(await alert.textContent()).toContain('404');
    missing = false;
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows a loading status while data is on its way', async () => {
    // A prerendered page already holds its content; a view reached from a page without data
    // (here the not-found page) shows the status while the data is still on its way.
    const { page } = await newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/sources.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url('/finnes-ikke'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForApp(page); // a click on the static page would load /sources afresh, not through the app
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kilder og metode' }).click();
    await page.getByRole('status').filter({ hasText: 'Laster data' }).waitFor();
    release();
    await page.getByRole('heading', { level: 2, name: 'Kilder' }).waitFor();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  it.each(ROUTES.map((r) => r.path))('finds no violation on %s', async (path) => {
    const { page } = await open(path);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });
});
