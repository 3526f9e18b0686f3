import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupBrowser, waitForApp, waitForView } from './support/browser';

const { open, url } = setupBrowser();

// The evaluated clusters, in the article's order (evaluation.json), with their names from the directory.
const directory = (
  JSON.parse(readFileSync('public/data/clusters.json', 'utf8')) as { clusters: { slug: string; name: string }[] }
).clusters;
const clusters = (
  JSON.parse(readFileSync('public/data/evaluation.json', 'utf8')) as { ranking: { slug: string }[] }
).ranking.map(({ slug }) => ({ slug, name: directory.find((c) => c.slug === slug)?.name ?? slug }));

describe('ranking, filters and the URL', () => {
  it('draws 4 published bars, 15 unknown markers and the 37 % reference line', async () => {
    const { page, errors } = await open('/');
    // The drawing on screen: its build-time snapshot at this width, or the live chart (ADR 035).
    const drawing = page
      .locator('.chart-figure__chart :is(.recharts-surface, .chart-snapshot__image) >> visible=true')
      .first();
    await drawing.locator('.ranking-bar').first().waitFor();
    expect(await drawing.locator('.ranking-bar').count()).toBe(4);
    expect(await drawing.locator('.ranking-unknown').count()).toBe(15);
    expect(await page.locator('figure').first().textContent()).toContain('Alle 19 samlet: 37\u00a0%');
    expect(await page.locator('figure figcaption').first().textContent()).toContain('701');
    expect(errors).toEqual([]);
  });

  it('choosing a level writes it to the URL, and Back restores all 19', async () => {
    const { page } = await open('/');
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('checkbox', { name: 'NCE (8)' }).check();
    await expect.poll(() => page.url()).toMatch(/\?level=nce$/);
    // The table follows the filter through useDeferredValue: it may redraw a frame after the URL is written.
    await expect.poll(() => page.locator('tbody tr').count()).toBe(8);
    await page.getByRole('checkbox', { name: 'Arena (11)' }).check();
    await expect.poll(() => page.url()).toMatch(/\?level=arena~nce$/);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?level=nce$/);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Arena (11)' }).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(19);
    expect(new URL(page.url()).search).toBe('');
    await page.goForward();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(8);
  });

  it('a pasted link restores the view: level, search, sort and language', async () => {
    const { page } = await open('/?level=arena&q=cluster&sort=name&lang=en');
    const rowNames = () => page.locator('tbody tr th').allTextContents();
    // The table follows the filters through useDeferredValue: wait for the filtered rows, then check them.
    const filtered = (names: string[]) => names.length > 0 && names.every((n) => n.toLowerCase().includes('cluster'));
    await expect.poll(async () => filtered(await rowNames())).toBe(true);
    const names = await rowNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.every((n) => n.toLowerCase().includes('cluster'))).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Arena \(\d+\)$/ }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search for a cluster' }).inputValue()).toBe('cluster');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('reads repeated level keys as both levels and a language in capitals, with no notice', async () => {
    const { page } = await open('/?level=gce&level=nce&lang=EN');
    await page.locator('tbody tr').first().waitFor();
    await waitForApp(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('checkbox', { name: /^NCE \(\d+\)$/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^GCE \(\d+\)$/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Arena \(\d+\)$/ }).isChecked()).toBe(false);
    expect(await page.getByText(/ignored/).count()).toBe(0);
  });

  it('typing in the search does not flood the history', async () => {
    const { page } = await open('/levels');
    await page.locator('h1').waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rangering' }).click();
    // The ranking is the view now (its address, its content loaded), not a page still on its way.
    await page.waitForURL((url) => url.pathname === '/');
    await waitForView(page);
    await page.getByRole('searchbox').pressSequentially('media', { delay: 20 });
    await expect.poll(() => page.url()).toMatch(/\?q=media$/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/levels');
  });

  it('finds what people type, and offers "did you mean" when nothing matches', async () => {
    const { page } = await open('/');
    const search = page.getByRole('searchbox', { name: 'Søk etter klynge' });
    const names = () => page.locator('tbody tr th').allTextContents();
    const expected: [string, string[]][] = [
      ['medie', ['NCE Media']],
      ['Medieklyngen', ['NCE Media']],
      ['helse', ['NCE Norway Health Tech']],
      ['bergen', ['NCE Media', 'NOSCA Clean Oceans']],
      ['Media City', ['NCE Media']],
    ];
    for (const [query, clusters] of expected) {
      await search.fill(query);
      await expect.poll(names).toEqual(clusters);
    }
    await search.fill('medai');
    await page.getByRole('heading', { name: 'Mente du …?' }).waitFor();
    await page.getByRole('button', { name: 'NCE Media' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('NCE Media');
    await expect.poll(names).toEqual(['NCE Media']);
  });

  it('sorting from the table header writes sort= and keeps it on reload', async () => {
    const { page } = await open('/');
    await page.getByRole('button', { name: 'Klynge' }).click();
    await expect.poll(() => page.url()).toMatch(/\?sort=name$/);
    await page.reload();
    await waitForApp(page); // the prerendered page is in the default order until the app applies sort=
    await expect.poll(() => page.locator('tbody tr th').first().textContent()).toBe('Arena Oslo');
  });

  it('ignores invalid values with a quiet notice, and shows a hostile search as text', async () => {
    const { page, errors } = await open('/?level=super&sort=price&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.locator('h1').waitFor();
    expect(await page.getByText(/ugyldige og ble ignorert: level, sort/).count()).toBe(1);
    expect(await page.getByRole('searchbox').inputValue()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ingen klynger passer filteret' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Nullstill filter' }).first().click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(19);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('cluster pages', () => {
  it('every cluster is a working deep link, also on reload', async () => {
    const { page, errors } = await open('/');
    for (const cluster of clusters) {
      await page.goto(url(`/clusters/${cluster.slug}`));
      await page.getByRole('heading', { level: 1, name: cluster.name }).waitFor();
      expect(await page.title()).toBe(`${cluster.name} – Klyngeinnsikt`);
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: clusters.at(-1)?.name ?? '' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows rank, rank within level, share with source, quotes and previous/next', async () => {
    const { page } = await open('/clusters/nce-media');
    await page.getByRole('heading', { level: 1, name: 'NCE Media' }).waitFor();
    const facts = (await page.locator('.cluster-facts').textContent()) ?? '';
    expect(facts).toContain('59\u00a0%');
    expect(facts).toContain('2 av 19');
    expect(facts).toContain('2 av 8 NCE-klynger (avledet)');
    expect(await page.getByRole('link', { name: 'NCE', exact: true }).getAttribute('href')).toBe('/levels/nce');
    expect(await page.locator('.cluster-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.cluster-quote').first().textContent()).toContain('Helge O. Svela');
    await page.getByRole('link', { name: /Neste i rangeringen: Energy Valley/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Energy Valley' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'NCE Media' }).waitFor();
  });

  it('Back from a cluster page restores the scroll position and focus on the row the visitor left', async () => {
    const { page } = await open('/');
    const row = page.locator('tbody tr').nth(14);
    const link = row.getByRole('link');
    const name = (await link.textContent()) ?? '';
    await link.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(0);
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.goBack();
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('tbody') ? active.textContent : `not a row: ${active?.tagName ?? 'none'}`;
      });
    await expect.poll(focused).toBe(name);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    // The next Tab goes on from that row, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tbody') !== null)).toBe(true);
  });

  it('an unpublished share says so, with the derived bound', async () => {
    const { page } = await open('/clusters/arena-oslo?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Arena Oslo' }).waitFor();
    expect(await page.locator('.cluster-facts__share').textContent()).toContain('not published (≤ 45%, derived)');
  });

  it('an unknown slug is not found and suggests the nearest name', async () => {
    const { page } = await open('/clusters/nce-medai');
    await page.getByRole('heading', { level: 1, name: 'Fant ikke klyngen' }).waitFor();
    await page.getByRole('link', { name: 'NCE Media' }).click();
    await page.getByRole('heading', { level: 1, name: 'NCE Media' }).waitFor();
  });

  it('keeps the language when following links between views', async () => {
    const { page } = await open('/?lang=en');
    await page.getByRole('link', { name: 'Energy Valley' }).click();
    await page.getByRole('heading', { level: 1, name: 'Energy Valley' }).waitFor();
    expect(page.url()).toMatch(/\/clusters\/energy-valley\?lang=en$/);
    expect(await page.getByText('Rank within its level').count()).toBe(1);
  });
});
