import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';

const { open } = setupBrowser();

/** The rows of a figure's table whose year, series and value cells read as given, with the sources they link. */
async function rowsOf(page: Page, caption: RegExp, year: string, series: string) {
  const rows = page.getByRole('table', { name: caption }).locator('tbody tr');
  const out: { value: string; sources: string[] }[] = [];
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allTextContents();
    if (cells[0] !== year || cells[1] !== series) continue;
    const hrefs = await row.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    out.push({
      value: (cells[2] ?? '').replace(/\s/g, ' '),
      sources: hrefs.map((href) => href.replace(/^.*#source-/, '')),
    });
  }
  return out;
}

describe('/programme', () => {
  it('shows the clusters in the programme in 2021 (44) and 2022 (39), each with both its sources', async () => {
    const { page, errors } = await open('/programme');
    await page.getByRole('heading', { level: 1, name: 'Programmet i tall' }).waitFor();
    const caption = /Klynger i programmet per år: tallene og kildene/;
    expect(await rowsOf(page, caption, '2021', 'Hele programmet')).toEqual([
      { value: '44', sources: ['in-2021', 'in-ar21b'] },
    ]);
    expect(await rowsOf(page, caption, '2022', 'Hele programmet')).toEqual([
      { value: '39', sources: ['in-2022', 'in-ar22b'] },
    ]);
    expect(errors).toEqual([]);
  });

  it('shows the two Arena counts of 2006 (21 SNF, 26 Evalueringsportalen), not one picked', async () => {
    const { page } = await open('/programme?lang=en');
    await page.getByRole('heading', { level: 1, name: 'The programme in numbers' }).waitFor();
    expect(await rowsOf(page, /Clusters in the programme by year: the figures/, '2006', 'Arena')).toEqual([
      { value: '21', sources: ['snf-arena'] },
      { value: '26', sources: ['evalport-arena'] },
    ]);
  });

  it('writes a year without a figure as not published, and keeps an approximate value’s qualifier', async () => {
    const { page } = await open('/programme');
    await page.getByRole('heading', { level: 1, name: 'Programmet i tall' }).waitFor();
    const clusters = /Klynger i programmet per år: tallene og kildene/;
    expect(await rowsOf(page, clusters, '2008', '')).toEqual([{ value: 'ikke publisert', sources: [] }]);
    const firms = await rowsOf(page, /Medlemsbedrifter per år: tallene og kildene/, '2021', 'Hele programmet');
    expect(firms.map((r) => r.value)).toEqual(['godt over 2 000']);
  });

  it('is in the main navigation', async () => {
    const { page } = await open('/?lang=en');
    const link = page.getByRole('navigation').getByRole('link', { name: 'In numbers' });
    await expect.poll(() => link.getAttribute('href')).toBe('/programme?lang=en');
  });
});
