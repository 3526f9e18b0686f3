import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser, waitForApp } from './support/browser';
import { ROUTES, inLang } from './support/routes';

const { newPage, visit } = setupBrowser();

const SCHEMES = ['light', 'dark'] as const;
const LANGS = ['nb', 'en'] as const;

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) on every route × language × colour scheme. One context per
 * scheme (the OS preference, which data-color-scheme="auto" follows), navigated from route to route.
 * Each test collects every violation on every route, so one run shows them all.
 */
describe.each(SCHEMES)('axe-core in the %s colour scheme', (scheme) => {
  it.each(LANGS)(
    `finds no violation on any route in %s (${ROUTES.length} routes)`,
    async (lang) => {
      const { page, errors } = await newPage({ colorScheme: scheme, reducedMotion: 'reduce' });
      const found: Record<string, string[]> = {};
      for (const route of ROUTES) {
        const path = inLang(route.path, lang);
        await visit(page, path);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    },
    180_000,
  );
});

describe('the manual colour scheme switch', () => {
  it('overrides the system scheme, survives a reload, and stays free of axe violations', async () => {
    const { page } = await newPage({ colorScheme: 'light' });
    await visit(page, '/sources');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    const group = page.getByRole('group', { name: 'Fargetema' });
    expect(await group.getByRole('radio', { name: 'Auto' }).isChecked()).toBe(true);

    await group.getByText('Mørk').click();
    expect(await page.locator('html').getAttribute('data-color-scheme')).toBe('dark');
    expect(await background()).not.toBe(lightBackground);
    expect(page.url()).not.toContain('scheme');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload({ waitUntil: 'domcontentloaded' });
    // Before the app runs (it starts after the first paint), the prerendered page shows the choice already.
    expect(await page.locator('html').getAttribute('data-color-scheme')).toBe('dark');
    expect(await group.getByRole('radio', { name: 'Mørk' }).isChecked()).toBe(true);
    await waitForApp(page);
    expect(await group.getByRole('radio', { name: 'Mørk' }).isChecked()).toBe(true);

    await group.getByText('Auto').click();
    expect(await page.locator('html').getAttribute('data-color-scheme')).toBe('auto');
    expect(await background()).toBe(lightBackground);
  });

  it('applies a saved dark choice before the app runs (no flash of the light scheme)', async () => {
    const { page, context } = await newPage({ colorScheme: 'light' });
    await visit(page, '/');
    await page.evaluate(() => localStorage.setItem('klyngeinnsikt.color-scheme', 'dark'));
    // Without the app's script, the page shows what it shows before the app runs.
    await context.route('**/assets/*.js', (route) => route.abort());
    await page.goto(page.url(), { waitUntil: 'domcontentloaded' });
    expect(await page.locator('html').getAttribute('data-color-scheme')).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
  });
});
