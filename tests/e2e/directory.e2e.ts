import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser } from './support/browser';

const { open } = setupBrowser();

const rowNames = async (page: Awaited<ReturnType<typeof open>>['page'], caption: RegExp) =>
  (await page.getByRole('table', { name: caption }).locator('tbody tr th a').allTextContents()).sort();

describe('/clusters', () => {
  it('is in the main navigation and lists every sourced cluster, with how complete it is', async () => {
    const { page, errors } = await open('/?lang=en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Clusters' }).click();
    await page.getByRole('heading', { level: 1, name: 'All clusters' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/clusters');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('78 clusters with a source (derived: counted in the directory), of about 100');
    expect(main).toContain('GCE: 3 clusters');
    expect(await rowNames(page, /The clusters of the programme with a source/)).toHaveLength(78);
    expect(errors).toEqual([]);
  });

  it('lists exactly the three GCE clusters for ?level=gce', async () => {
    const { page } = await open('/clusters?level=gce');
    await page.getByRole('heading', { level: 1, name: 'Alle klyngene' }).waitFor();
    expect(await rowNames(page, /Klyngene i programmet med kilde/)).toEqual([
      'GCE Blue Maritime Cluster',
      'GCE NODE',
      'GCE Ocean Technology',
    ]);
    expect(await page.getByText('Viser 3 av 78 klynger.').count()).toBe(1);
  });

  it('finds a renamed cluster by its former name, and sorts through the URL', async () => {
    const { page } = await open('/clusters?lang=en');
    await page.getByRole('searchbox', { name: 'Search for a cluster' }).fill('NCE Subsea');
    await page.waitForURL(/q=NCE\+Subsea/);
    // The ranking's index matches each word: Energy Valley was "NCE Energy Technology" and "Arena Subsea Valley".
    expect(await rowNames(page, /with a source/)).toEqual(['Energy Valley', 'GCE Ocean Technology']);
    const row = page
      .getByRole('table', { name: /with a source/ })
      .locator('tbody tr', { hasText: 'GCE Ocean Technology' })
      .first();
    expect(await row.textContent()).toContain('formerly NCE Subsea');
    await page.getByRole('searchbox', { name: 'Search for a cluster' }).fill('');
    await page.getByText('First year', { exact: true }).click();
    await page.waitForURL(/sort=first-year/);
  });

  it('marks the evaluated clusters with a link to their place in the ranking', async () => {
    const { page } = await open('/clusters?q=media&lang=en');
    const link = page.getByRole('link', { name: /^Yes, place \d+ of 19$/ });
    await expect.poll(() => link.getAttribute('href')).toBe('/clusters/nce-media?q=media&lang=en#evaluation');
  });

  it('has no axe violation at 320 px', async () => {
    const { page } = await open('/clusters?level=nce', { width: 320 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });
});

describe('/clusters/:slug of a cluster Menon did not evaluate', () => {
  it('shows its levels over time with the unknown end written as unknown, members and sources', async () => {
    const { page, errors } = await open('/clusters/gce-node?lang=en');
    await page.getByRole('heading', { level: 1, name: 'GCE NODE' }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Arena 2006–2009 → NCE 2009–2014 → GCE 2014–');
    expect(main).toContain('end not published');
    expect(await page.getByRole('heading', { level: 2, name: 'Members' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Sources' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('suggests a renamed cluster for an address with its former name', async () => {
    const { page } = await open('/clusters/nce-subsea?lang=en');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The suggestions load with the search index, after the heading.
    const suggestion = page.getByRole('link', { name: 'GCE Ocean Technology' });
    await suggestion.first().waitFor();
    expect(await suggestion.count()).toBe(1);
  });
});
