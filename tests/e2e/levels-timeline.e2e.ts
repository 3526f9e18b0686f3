import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser } from './support/browser';

const { open } = setupBrowser();

/** One milestone row per event of the bundled timeline. */
const EVENT_COUNT = (JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as { events: unknown[] }).events
  .length;

const NCE = [
  'NCE Norway Health Tech',
  'NCE Media',
  'Energy Valley',
  'NCE Tourism',
  'NCE Smart Energy Markets',
  'Maritime CleanTech',
  'Eyde-klyngen',
  'NCE iKuben',
];
const ARENA = [
  'The Life Science Cluster',
  'Tequity Cluster',
  'NOSCA Clean Oceans',
  'SAMS Norway',
  'Ocean Autonomy Cluster',
  'Marine Recycling Cluster',
  'Renergy',
  'Industrial Green Tech',
  'Betongklyngen',
  'Construction City',
  'Arena Oslo',
];

const cellTexts = (page: Page, tableCaption: RegExp) =>
  page.getByRole('table', { name: tableCaption }).locator('tbody tr td:nth-child(2)').allTextContents();

describe('/levels/:level', () => {
  it('shows the 8 NCE clusters on /levels/nce and no Arena cluster', async () => {
    const { page, errors } = await open('/levels/nce');
    await page.getByRole('heading', { level: 1, name: /^NCE – Norwegian Centres of Expertise$/ }).waitFor();
    const names = await cellTexts(page, /Evaluerte NCE-klynger/);
    expect(names.sort()).toEqual([...NCE].sort());
    const main = (await page.locator('main').textContent()) ?? '';
    for (const arena of ARENA) expect(main).not.toContain(arena);
    expect(await page.title()).toMatch(/^NCE – Norwegian Centres of Expertise – Klyngeinnsikt$/);
    expect(errors).toEqual([]);
  });

  it('shows the 11 Arena clusters on /levels/arena, each linked to its page', async () => {
    const { page } = await open('/levels/arena?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Arena' }).waitFor();
    const table = page.getByRole('table', { name: /Evaluated Arena clusters/ });
    expect((await cellTexts(page, /Evaluated Arena clusters/)).sort()).toEqual([...ARENA].sort());
    await expect
      .poll(() => table.getByRole('link', { name: 'Renergy' }).getAttribute('href'))
      .toBe('/clusters/renergy?lang=en');
  });

  it('says that none of the evaluated clusters held Arena Pro, and why', async () => {
    const { page } = await open('/levels/arena-pro');
    await page.getByRole('heading', { level: 1, name: 'Arena Pro' }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Ingen av de evaluerte klyngene hadde dette nivået.');
    expect(main).toContain('2020–2023');
    expect(main).toContain('ikke publisert');
    // The evaluated clusters have no table; the level's own clusters (derived from the directory) do.
    expect(await page.getByRole('table').count()).toBe(1);
  });

  it('names the four Arena Pro clusters admitted in November 2019, and lists the level’s clusters', async () => {
    const { page } = await open('/levels/arena-pro');
    await page.getByRole('heading', { level: 1, name: 'Arena Pro' }).waitFor();
    const round =
      (await page
        .getByRole('listitem')
        .filter({ hasText: /^8\. november 2019:/ })
        .textContent()) ?? '';
    for (const name of [
      'WoodWorks!',
      'Norwegian Smart Care Cluster',
      'Norwegian Tunnel Safety Cluster',
      'Solenergiklyngen',
    ]) {
      expect(round).toContain(name);
    }
    const rows = page
      .getByRole('table', { name: /Klynger på Arena Pro og periodene deres \(avledet\)/ })
      .locator('tbody tr');
    expect(await rows.count()).toBe(11);
  });

  it('names the three GCE clusters on /levels/gce', async () => {
    const { page } = await open('/levels/gce?lang=en');
    await page.getByRole('heading', { level: 1, name: /^GCE/ }).waitFor();
    const names = await page
      .getByRole('table', { name: /Clusters on GCE and their periods \(derived\)/ })
      .locator('tbody tr td:nth-child(1)')
      .allTextContents();
    expect(names.sort()).toEqual(['GCE Blue Maritime Cluster', 'GCE NODE', 'GCE Ocean Technology']);
    // A round whose count is not published still cites a source for its date and name (the cluster's start).
    const round = page.getByRole('listitem').filter({ hasText: /^12 June 2015: GCE Ocean Technology/ });
    expect(await round.locator('a[href*="#source-regj-2015"]').count()).toBe(1);
  });

  it('links every cluster that held a level to its page, not only the evaluated ones, and marks the evaluated', async () => {
    const { page } = await open('/levels/arena-pro?lang=en');
    const table = page.getByRole('table', { name: /Clusters on Arena Pro and their periods \(derived\)/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(11);
    expect(await table.locator('tbody tr td:first-child a').count()).toBe(11);
    await expect
      .poll(() => table.getByRole('link', { name: 'Solenergiklyngen' }).getAttribute('href'))
      .toMatch(/^\/clusters\/[a-z0-9-]+\?lang=en$/);
    // None of the evaluated clusters held Arena Pro: every row says so.
    expect(new Set(await table.locator('tbody tr td:nth-child(3)').allTextContents())).toEqual(new Set(['no']));
  });

  it('marks the evaluated clusters among those that held a level', async () => {
    const { page } = await open('/levels/nce?lang=en');
    const table = page.getByRole('table', { name: /Clusters on NCE and their periods/ });
    await table.waitFor();
    const media = table.locator('tbody tr', { hasText: 'NCE Media' });
    expect(await media.locator('td:nth-child(3)').textContent()).toBe('yes');
    await expect
      .poll(() => media.getByRole('link', { name: 'NCE Media' }).getAttribute('href'))
      .toBe('/clusters/nce-media?lang=en');
  });

  it('answers an unknown level with not found, a title and a way back', async () => {
    const { page, errors } = await open('/levels/foo');
    await page.getByRole('heading', { level: 1, name: 'Nivået finnes ikke' }).waitFor();
    expect(await page.title()).toBe('Nivået finnes ikke – Klyngeinnsikt');
    expect(await page.locator('main').textContent()).toContain('«foo»');
    await page.getByRole('main').getByRole('link', { name: 'Alle nivåene' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klyngeprogrammets nivåer' }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('/levels', () => {
  it('puts a focusable link to each of the 19 clusters in the chart, grouped by level with derived medians', async () => {
    const { page } = await open('/levels');
    const figure = page.locator('[data-chart-id="levels-rank"]');
    // Its snapshot until the pointer comes over it (ADR 035); then the live chart with its links.
    await figure.locator('.chart-deferred').hover();
    await figure.locator('svg a').first().waitFor();
    expect(await figure.locator('svg a').count()).toBe(19);
    const media = figure.locator('svg a[href="/clusters/nce-media"]');
    expect(await media.getAttribute('aria-label')).toBe('NCE Media: plass 2, NCE');
    await media.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/clusters/nce-media');
    const svgText = (await figure.locator('svg.recharts-surface').textContent()) ?? '';
    expect(svgText).toContain('median 5 (avledet)');
    expect(svgText).toContain('median 14 (avledet)');
    expect(await figure.locator('figcaption').textContent()).toContain('medianplassen for NCE er 5 (avledet)');
  });

  it('compares NCE and Arena in one generated sentence and cites the finding', async () => {
    const { page } = await open('/levels?lang=en');
    const section = page.getByRole('region', { name: 'NCE and Arena compared' });
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('median place is 5, against 14 for the Arena clusters');
    expect(text).toContain('This matches the evaluation’s finding');
    await expect
      .poll(() => section.getByRole('link', { name: 'Shifter' }).getAttribute('href'))
      .toBe('/sources?lang=en#source-shifter-2024');
  });

  it('narrows to the levels in the filter and shows all again from the notice', async () => {
    const { page } = await open('/levels?level=nce');
    const cards = page.locator('.level-cards > li');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(1);
    // The chart's code loads after the page is up: wait for its dots.
    await expect.poll(() => page.locator('[data-chart-id="levels-rank"] svg a').count()).toBe(8);
    await page.getByRole('button', { name: 'Vis alle nivåene' }).click();
    await expect.poll(() => cards.count()).toBe(4);
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('/timeline', () => {
  it('narrows the periods to the 11 Arena clusters with ?level=arena', async () => {
    const { page, errors } = await open('/timeline?level=arena');
    const rows = page.locator('[data-chart-id="timeline-periods"] .tl-rows > li');
    await rows.first().waitFor();
    // The prerender drew every period; the address's filter reaches them in a transition once the app runs.
    await expect.poll(() => rows.count()).toBe(11);
    const levels = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-level')));
    expect(new Set(levels)).toEqual(new Set(['arena']));
    const names = await page
      .getByRole('table', { name: /periode på nivået/ })
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(names.sort()).toEqual([...ARENA].sort());
    expect(errors).toEqual([]);
  });

  it('narrows the periods with the shared level filter, through the URL', async () => {
    const { page } = await open('/timeline');
    const rows = page.locator('[data-chart-id="timeline-periods"] .tl-rows > li');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(19);
    await page.getByRole('checkbox', { name: 'NCE (8)' }).check();
    await expect.poll(() => rows.count()).toBe(8);
    expect(new URL(page.url()).search).toBe('?level=nce');
    await page.goBack();
    await expect.poll(() => rows.count()).toBe(19);
  });

  it('draws every milestone with its date at the source’s precision', async () => {
    const { page } = await open('/timeline');
    const rows = page.locator('[data-chart-id="timeline-milestones"] .tl-rows > li');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(EVENT_COUNT);
    expect(await rows.first().textContent()).toContain('2002');
    expect(await page.locator('.tl-mark--year').count()).toBeGreaterThan(0);
    expect(await page.locator('.tl-mark--day').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart-id="timeline-milestones"] .tl-rows .tl-mark--range').count()).toBe(1);
    const tourism = page.locator('[data-chart-id="timeline-milestones"] li', { hasText: '11. juni 2009' });
    expect(await tourism.locator('.tl-mark--day').count()).toBe(1);
  });

  it('draws the unpublished exit as an uncertain range and the inferred entry as uncertain', async () => {
    const { page } = await open('/timeline');
    const periods = page.locator('[data-chart-id="timeline-periods"]');
    await periods.locator('.tl-rows > li').first().waitFor();
    expect(await periods.locator('.tl-rows .tl-seg--exit-range').count()).toBe(19);
    const tlsc = periods.locator('li', { hasText: 'The Life Science Cluster' });
    expect(await tlsc.locator('.tl-seg--entry-range').count()).toBe(1);
    expect(await tlsc.textContent()).toContain('inngang utledet');
    const table = page.getByRole('table', { name: /periode på nivået/ });
    expect(await table.locator('tr', { hasText: 'NCE Media' }).textContent()).toContain(
      'i 2020–2023 (året er ikke publisert)',
    );
  });

  it('shows a bar’s details on keyboard focus and on hover, and Esc dismisses them', async () => {
    const { page } = await open('/timeline');
    const link = page.locator('[data-chart-id="timeline-periods"] .tl-rows a[href="/clusters/nce-media"]');
    await link.waitFor();
    await link.focus();
    const tooltip = page.getByText(/NCE Media \(NCE\): fikk nivået juni 2014/);
    await tooltip.waitFor();
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });
    await page.locator('h1').click();
    await link.hover();
    await tooltip.waitFor();
    // Hoverable (WCAG 1.4.13): the pointer can move onto the tooltip without it closing.
    const box = await tooltip.boundingBox();
    if (!box) throw new Error('tooltip has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(400);
    expect(await tooltip.isVisible()).toBe(true);
  });
});

describe('/timeline: every sourced cluster', () => {
  it('links every row to its cluster’s page (every cluster has one), the evaluated ones marked', async () => {
    const { page, errors } = await open('/timeline?level=gce');
    const figure = page.locator('[data-chart-id="timeline-all-periods"]');
    const rows = figure.locator('.tl-rows > li');
    // The rows follow the level filter through useDeferredValue: they may redraw after the app starts.
    await expect.poll(() => rows.count()).toBe(3);
    expect(await figure.locator('.tl-rows > li > a').count()).toBe(3);
    expect(await figure.locator('.tl-rows a[href="/clusters/gce-node?level=gce"]').count()).toBe(1);
    const table = figure.getByRole('table');
    // The cluster's name links to its page (its source references link to /sources).
    await expect
      .poll(() => table.locator('td:first-child > a', { hasText: 'GCE NODE' }).getAttribute('href'))
      .toBe('/clusters/gce-node?level=gce');
    expect(errors).toEqual([]);
  });

  it('marks the evaluated clusters among every cluster’s rows', async () => {
    const { page } = await open('/timeline?level=nce&lang=en');
    const media = page.locator('[data-chart-id="timeline-all-periods"] .tl-rows > li', { hasText: 'NCE Media' });
    await media.first().waitFor();
    expect(await media.first().textContent()).toContain('(evaluated)');
  });
});

describe('every chart has its caption, summary and table', () => {
  it.each(['/levels', '/timeline', '/programme'])('%s', async (path) => {
    const { page } = await open(path);
    await page.locator('figure').first().waitFor();
    const figures = page.locator('figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      expect(((await figure.locator('figcaption h2').textContent()) ?? '').length).toBeGreaterThan(5);
      expect(((await figure.locator('.chart-figure__summary').textContent()) ?? '').length).toBeGreaterThan(40);
      expect(await figure.getByRole('table').locator('caption').count()).toBe(1);
      expect(await figure.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
    }
  });
});

describe('accessibility of the level and timeline views (axe-core, nb and en)', () => {
  const paths = ['/levels', '/levels/nce', '/levels/arena-pro', '/levels/foo', '/timeline', '/timeline?level=arena'];
  const cases = paths.flatMap((path) => [path, `${path}${path.includes('?') ? '&' : '?'}lang=en`]);
  it.each(cases)('finds no violation and no console error on %s', async (path) => {
    const { page, errors } = await open(path);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
