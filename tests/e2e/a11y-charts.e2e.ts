import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser } from './support/browser';
import { ROUTES } from './support/routes';

const { newPage, visit } = setupBrowser();

/** Charts each route must show (by ChartFigure's data-chart-id). Extend as charts land. */
const EXPECTED_CHARTS: Readonly<Record<string, readonly string[]>> = {
  '/': ['ranking'],
  '/levels': ['levels-rank'],
  '/programme': [
    'programme-clusters',
    'programme-intakes',
    'programme-budget',
    'programme-member-firms',
    'programme-effects',
  ],
  '/timeline': ['timeline-milestones', 'timeline-periods', 'timeline-all-periods'],
};

/** What a user (and a screen reader) gets from each chart figure on the page. */
function figures(page: Page) {
  return page.evaluate(() =>
    // Chart figures: ChartFigure's (data-chart-id), and any other figure with a chart drawn in it.
    [...document.querySelectorAll('figure')]
      .filter(
        (figure) => figure.hasAttribute('data-chart-id') || figure.querySelector('.chart-frame, .recharts-wrapper'),
      )
      .map((figure) => {
        const caption = figure.querySelector(':scope > figcaption');
        const heading = caption?.querySelector('h2, h3');
        const labelledBy = figure.getAttribute('aria-labelledby');
        const summary = caption?.querySelector('p');
        const table = figure.querySelector('table');
        const focusableSvgs = [...figure.querySelectorAll('svg[tabindex]')];
        return {
          id: figure.getAttribute('data-chart-id') ?? '(no data-chart-id)',
          heading: heading?.textContent.trim() ?? '',
          labelledByHeading: labelledBy !== null && labelledBy === heading?.id,
          summary: summary?.textContent.trim() ?? '',
          tableCaption: table?.querySelector('caption')?.textContent.trim() ?? '',
          tableRows: table?.querySelectorAll('tbody tr').length ?? 0,
          // A focusable chart (Recharts' keyboard layer) needs a name of its own.
          unnamedFocusableSvgs: focusableSvgs.filter(
            (svg) =>
              !svg.getAttribute('aria-label') &&
              !svg.getAttribute('aria-labelledby') &&
              !svg.querySelector(':scope > title')?.textContent.trim(),
          ).length,
        };
      }),
  );
}

describe('every chart is a figure with a caption, a summary and its data table', () => {
  it('on every route', async () => {
    const { page } = await newPage({ reducedMotion: 'reduce' });
    const problems: Record<string, string[]> = {};
    const seen: Record<string, string[]> = {};
    for (const route of ROUTES) {
      await visit(page, route.path);
      for (const f of await figures(page)) {
        (seen[route.path] ??= []).push(f.id);
        const wrong = [
          f.heading ? '' : 'no heading in its figcaption',
          f.labelledByHeading ? '' : 'figure not labelled by its heading',
          f.summary.length > 20 ? '' : 'no one-sentence summary',
          f.tableCaption ? '' : 'no data table with a caption',
          f.tableRows > 0 ? '' : 'an empty data table',
          f.unnamedFocusableSvgs === 0 ? '' : 'a focusable chart without a name',
        ].filter(Boolean);
        if (wrong.length > 0) (problems[`${route.path} ${f.id}`] ??= []).push(...wrong);
      }
    }
    expect(problems).toEqual({});
    for (const [path, ids] of Object.entries(EXPECTED_CHARTS))
      expect(seen[path]).toEqual(expect.arrayContaining([...ids]));
  }, 120_000);
});

describe('a snapshot handing over to the live chart (ADR 035)', () => {
  it.each(['pointer', 'keyboard'] as const)(
    'the page keeps its height while the live chart’s code is on its way (%s)',
    async (how) => {
      const { page } = await newPage({ height: 700 });
      // Hold the ranking chart's code until the hand-over has been looked at: a slow phone or network.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let asked = false;
      await page.route('**/assets/ranking-chart-*.js', async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      await visit(page, '/');
      const chartBox = page.locator('[data-chart-deferred="ranking"]');
      const height = async () => Math.round((await chartBox.boundingBox())?.height ?? 0);
      const before = await height();
      expect(before).toBeGreaterThan(300);
      if (how === 'pointer') await chartBox.hover({ position: { x: 5, y: 5 } });
      else await page.getByRole('img', { name: /Andel medlemmer/ }).focus();
      await expect.poll(() => asked).toBe(true);
      // The snapshot covers the chart's place while the code loads: nothing below it moves.
      expect(await height()).toBe(before);
      release();
      await page.locator('.chart-figure__chart .recharts-surface').waitFor();
      await expect.poll(() => page.locator('.chart-snapshot-slot--cover').count()).toBe(0);
      expect(await height()).toBe(before);
    },
  );
});

describe('chart tooltips (WCAG 1.4.13)', () => {
  const tooltip = (page: Page) => page.locator('.recharts-tooltip-wrapper').first();
  const tooltipVisible = (page: Page) =>
    tooltip(page).evaluate((el) => getComputedStyle(el).visibility === 'visible' && el.textContent.trim() !== '');

  it.each(['light', 'dark'] as const)(
    'the ranking tooltip shows on hover, can be dismissed with Esc, stays while the pointer moves onto it, and passes axe (%s)',
    async (scheme) => {
      const { page } = await newPage({ colorScheme: scheme, reducedMotion: 'reduce' });
      await visit(page, '/');
      // The pointer over the chart's snapshot brings the live chart (ADR 035).
      await page.locator('[data-chart-deferred="ranking"]').hover({ position: { x: 5, y: 5 } });
      const bar = page.locator('.recharts-surface .recharts-bar-rectangle').first();
      await bar.waitFor();
      const box = await bar.boundingBox();
      if (!box) throw new Error('no bar drawn');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => tooltipVisible(page)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => tooltipVisible(page)).toBe(false);

      // Hover again, then move the pointer onto the tooltip: it must not disappear.
      await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2);
      await expect.poll(() => tooltipVisible(page)).toBe(true);
      const tip = await tooltip(page).boundingBox();
      if (!tip) throw new Error('no tooltip box');
      await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 5 });
      expect(await tooltipVisible(page)).toBe(true);
    },
  );

  it('the ranking chart is named, Down and Up move between its bars as drawn, and Esc dismisses the tooltip', async () => {
    const { page } = await newPage({ reducedMotion: 'reduce' });
    await visit(page, '/');
    // Tab reaches the chart's snapshot, which brings the live chart and hands it the focus (ADR 035).
    await page.getByRole('img', { name: /Andel medlemmer.*Piltast ned og opp/ }).focus();
    const chart = page.getByRole('application', { name: /Andel medlemmer.*Piltast ned og opp/ });
    await expect.poll(() => chart.evaluate((el) => el === document.activeElement)).toBe(true);
    // Focus shows the first bar (rank 1); the tooltip names the cluster and its rank.
    await expect.poll(() => tooltipVisible(page)).toBe(true);
    const rankOf = async () => /Plass (\d+)/.exec((await tooltip(page).textContent()) ?? '')?.[1];
    expect(await rankOf()).toBe('1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(rankOf).toBe('2');
    await page.keyboard.press('ArrowDown');
    await expect.poll(rankOf).toBe('3');
    await page.keyboard.press('ArrowUp');
    await expect.poll(rankOf).toBe('2');
    // Left and Right do not match the drawing: they do nothing, and the arrows never scroll the page.
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(rankOf).toBe('3');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipVisible(page)).toBe(false);
  });
});
