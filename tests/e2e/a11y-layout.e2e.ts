import { describe, expect, it } from 'vitest';
import { undersizedTargets, horizontalOverflow } from './support/a11y-checks';
import { axeViolations, setupBrowser } from './support/browser';
import { ROUTES, inLang } from './support/routes';

const { newPage, visit } = setupBrowser();

/**
 * Reflow (WCAG 1.4.10), text resize (1.4.4) and target size (2.5.8) on every route. 320 px is what
 * 400 % zoom of a 1280 px window gives, so it also covers 200 % zoom (640 px).
 */
describe('320 px wide (reflow)', () => {
  it.each(['nb', 'en'] as const)(
    'no route scrolls sideways, every target is 24 × 24 px or excepted, and axe finds nothing (%s)',
    async (lang) => {
      const { page, errors } = await newPage({ width: 320, height: 640, reducedMotion: 'reduce' });
      const found: Record<string, string[]> = {};
      for (const route of ROUTES) {
        const path = inLang(route.path, lang);
        await visit(page, path);
        const problems = [];
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
        problems.push(...(await undersizedTargets(page)).map((t) => `small target: ${t}`));
        // axe at 320 px finds what only a narrow screen shows (e.g. a table region that now scrolls).
        if (lang === 'nb') problems.push(...(await axeViolations(page)));
        if (problems.length > 0) found[path] = problems;
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    },
    180_000,
  );
});

describe('1280 px wide', () => {
  it('every target is 24 × 24 px or excepted, and text at 200 % still fits, on every route', async () => {
    const { page } = await newPage({ width: 1280, reducedMotion: 'reduce' });
    const found: Record<string, string[]> = {};
    for (const route of ROUTES) {
      await visit(page, route.path);
      const problems = (await undersizedTargets(page)).map((t) => `small target: ${t}`);
      // The browser's text-size setting at 200 % (WCAG 1.4.4): the page must not need sideways scrolling.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`text at 200 %: scrolls sideways by ${overflow} px`);
      if (problems.length > 0) found[route.path] = problems;
    }
    expect(found).toEqual({});
  }, 120_000);
});

it('a table wider than the screen scrolls in its own named, keyboard-focusable region', async () => {
  const { page } = await newPage({ width: 320, height: 640 });
  await visit(page, '/');
  const region = page.getByRole('region', { name: /De evaluerte klyngene/ });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await region.getAttribute('tabindex')).toBe('0');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
