import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INTER_FONT_STORAGE_KEY } from '../../src/app/inter-font';
import { setupBrowser, waitForApp, waitForView } from './support/browser';

const { newPage, url } = setupBrowser();

/** What the page had set on <html> when its HTML was parsed (after public/before-paint.js ran). */
async function recordFontAtParse(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.fontAtParse = document.documentElement.getAttribute('data-font') ?? 'none';
    });
  });
}

/**
 * The page's text blocks, by tag and text: the width of the text itself where it is one line (a Range's
 * box, without padding), and the block's height — what a change of font would widen, narrow or move.
 */
async function textMetrics(page: Page): Promise<Map<string, { lineWidth: number | null; height: number }>> {
  const blocks = await page.evaluate(() =>
    [...document.querySelectorAll('a, button, label, h1, h2, p, th, td')]
      .filter((el) => el.textContent.trim() !== '' && el.getBoundingClientRect().width > 0)
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = range.getClientRects().length > 0 ? new Set([...range.getClientRects()].map((r) => r.top)) : null;
        const oneLine = lines !== null && lines.size === 1;
        return [
          `${el.tagName} ${el.textContent.trim()}`,
          {
            lineWidth: oneLine ? range.getBoundingClientRect().width : null,
            height: el.getBoundingClientRect().height,
          },
        ] as const;
      }),
  );
  return new Map(blocks);
}

describe('Inter from the second visit (ADR 065)', () => {
  it('a first visit stays in the local face, fetches Inter once loaded and remembers it; the next paints in Inter', async () => {
    const { page, errors } = await newPage({ interCached: false });
    await recordFontAtParse(page);
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fontRequests.push(request.url());
    });
    const response = await page.goto(url('/'));
    expect(await response?.text()).not.toMatch(/as="font"/);
    await waitForApp(page);
    await waitForView(page);
    expect(await page.evaluate(() => document.documentElement.dataset.fontAtParse)).toBe('none');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), INTER_FONT_STORAGE_KEY)).toBe('inter');
    expect(fontRequests.some((u) => /inter-latin-wght-normal/.test(u))).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('1em "Inter Variable"'))).toBe(true);
    // Loaded, not set: this visit's text stays where it was painted.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-font'))).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Inter fallback"/);
    // The next visit paints in Inter from the start.
    await page.goto(url('/levels'));
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.dataset.fontAtParse)).toBe('inter');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Inter Variable"/);
    expect(errors).toEqual([]);
  });

  it.each([1280, 360])('the local face takes the room Inter takes: as wide, as tall (%i px)', async (width) => {
    // The same page twice: once with Inter kept away (the local face stays), once with it.
    const local = await newPage({ width, interCached: false });
    await local.page.route('**/*.woff2', (route) => route.abort());
    await local.page.goto(url('/'));
    await waitForApp(local.page);
    await waitForView(local.page);
    expect(await local.page.evaluate(() => document.documentElement.hasAttribute('data-font'))).toBe(false);
    const inter = await newPage({ width });
    await inter.page.goto(url('/'));
    await waitForApp(inter.page);
    await waitForView(inter.page);
    await inter.page.evaluate(() => document.fonts.ready);
    const [a, b] = [await textMetrics(local.page), await textMetrics(inter.page)];
    const both = [...a.keys()].filter((key) => b.has(key));
    expect(both.length).toBeGreaterThan(50);
    // One-line texts: as wide in all (Arial unscaled is ≈ 7 % narrower than Inter).
    const lines = both.filter((key) => a.get(key)?.lineWidth && b.get(key)?.lineWidth);
    const sum = (m: typeof a) => lines.reduce((total, key) => total + (m.get(key)?.lineWidth ?? 0), 0);
    expect(lines.length).toBeGreaterThan(30);
    expect(sum(a) / sum(b)).toBeGreaterThan(0.98);
    expect(sum(a) / sum(b)).toBeLessThan(1.02);
    // Line breaks fall differently in a few long texts at most.
    const moved = both.filter((key) => Math.abs((a.get(key)?.height ?? 0) - (b.get(key)?.height ?? 0)) > 1);
    expect(moved.length / both.length).toBeLessThan(0.05);
  });
});
