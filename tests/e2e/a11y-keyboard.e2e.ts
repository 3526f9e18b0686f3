import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusIndicator } from './support/a11y-checks';
import { setupBrowser, waitForView } from './support/browser';
import { ROUTES } from './support/routes';

const { newPage, visit } = setupBrowser();

/** The focused element's tag, accessible-ish name and the page path, for readable assertions. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      label:
        el?.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : ''),
      path: location.pathname + location.search,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, or gives up after `max` presses. */
async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 80,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`no tab stop matched within ${max} presses`);
}

/** One view per kind of route (the first cluster, the first level, …). */
const ONE_OF_EACH_KIND = ROUTES.filter((route, i) => ROUTES.findIndex((r) => r.kind === route.kind) === i);

describe('keyboard only', () => {
  it('the skip link is the first tab stop, is visible when focused, and moves focus to the main content', async () => {
    const { page } = await newPage();
    await visit(page, '/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Hopp til hovedinnholdet' });
    const box = await page.locator(':focus').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(24);
    expect((await focusIndicator(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
  });

  it.each(ONE_OF_EACH_KIND)('every tab stop on $path shows a visible focus indicator in view', async ({ path }) => {
    const { page } = await newPage({ height: 700 });
    await visit(page, path);
    const missing: string[] = [];
    let stops = 0;
    let bodies = 0;
    let first: string | null = null;
    for (let presses = 0; presses < 150; presses += 1) {
      await page.keyboard.press('Tab');
      const f = await focusIndicator(page);
      // Focus leaves the document past the last stop (in a modal dialog, also before its first):
      // the second time it does, or when focus is back at the first stop, the page has been walked.
      if (f.element === 'body') {
        if ((bodies += 1) >= 2) break;
        continue;
      }
      if (f.element === first) break;
      first ??= f.element;
      stops += 1;
      if (!f.visible || !f.inViewport)
        missing.push(`${f.element}${f.visible ? '' : ' (no indicator)'}${f.inViewport ? '' : ' (out of view)'}`);
    }
    expect(stops).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('navigates between views, and focus lands on the new <h1>, which matches the new title', async () => {
    const { page } = await newPage();
    await visit(page, '/');
    for (const name of ['Nivåer', 'Tidslinje', 'Kilder og metode', 'Rangering']) {
      // From the view's <h1>, the main menu is just behind: Shift+Tab back to it.
      await tabTo(page, (f) => f.tag === 'a' && f.text === name, 80, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).tag).toBe('h1');
      const heading = (await focused(page)).text;
      expect(await page.title()).toBe(`${heading} – Klyngeinnsikt`);
      expect((await focusIndicator(page)).visible).toBe(true);
    }
  });

  it('opens a cluster from the ranking table with Enter, and the browser’s Back returns', async () => {
    const { page } = await newPage();
    await visit(page, '/');
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'NCE Media');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).path).toBe('/clusters/nce-media');
    await waitForView(page);
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    await page.goBack();
    await expect.poll(async () => (await focused(page)).path).toBe('/');
  });

  it('switches language with Enter and keeps focus on the switch', async () => {
    const { page } = await newPage();
    await visit(page, '/levels');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'English');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe('Norsk');
    expect((await focused(page)).path).toBe('/levels?lang=en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await focused(page)).path).toBe('/levels');
  });

  it('changes the colour scheme with the arrow keys and Space (Designsystemet ToggleGroup)', async () => {
    const { page } = await newPage({ colorScheme: 'light' });
    await visit(page, '/');
    const radio = await tabTo(page, (f) => f.tag === 'input');
    expect(radio.label).toBe('Auto');
    expect((await focusIndicator(page)).visible).toBe(true);
    // The group moves focus with the arrows (a focus group) and selects with Space.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe('Mørk');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('html').getAttribute('data-color-scheme')).toBe('dark');
    expect((await focusIndicator(page)).visible).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('html').getAttribute('data-color-scheme')).toBe('light');
    // Shift+Tab leaves the group backwards (to the header control before it).
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).tag).not.toBe('input');
    expect((await focusIndicator(page)).visible).toBe(true);
  });

  it('filters by level with Space, searches by typing and sorts with Enter; the result count is announced politely', async () => {
    const { page } = await newPage();
    await visit(page, '/');
    const live = page.locator('[role="status"][aria-live="polite"]').first();
    // The live region is in the page before anything changes, so screen readers pick up the changes.
    const before = (await live.textContent()) ?? '';
    expect(before).toMatch(/19/);
    const rows = () => page.locator('main table tbody tr').count();

    const chip = await tabTo(page, (f) => f.tag === 'input' && f.label.startsWith('NCE'));
    expect((await focusIndicator(page)).visible).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await focused(page)).path).toBe('/?level=nce');
    expect(chip.label).toMatch(/^NCE \(\d+\)$/);
    const nceCount = Number(/\((\d+)\)/.exec(chip.label)?.[1]);
    await expect.poll(rows).toBe(nceCount);
    await expect.poll(() => live.textContent()).not.toBe(before);

    await tabTo(page, (f) => f.tag === 'input' && f.label.startsWith('Søk etter klynge'));
    await page.keyboard.type('media');
    await expect.poll(rows).toBe(1);
    expect(await live.textContent()).toMatch(/\b1\b/);
    await expect.poll(async () => (await focused(page)).path).toBe('/?level=nce&q=media');

    // Clear the search with the keyboard, then sort the table by name.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(rows).toBe(nceCount);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Klynge');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).path).toBe('/?level=nce&sort=name');
    expect((await focusIndicator(page)).visible).toBe(true);
  });
});
