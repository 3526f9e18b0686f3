import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupBrowser, waitForApp, type OpenedPage } from './support/browser';
import { ROUTES, inLang } from './support/routes';

// Prerendered markup is fixed at build time; the browser renders on the day it is opened. Any part of
// a view that depends on "today" (a print date, say) would differ from the markup on any later day,
// and React would throw the prerendered page away (error #418) and render it afresh. So these tests
// open every prerendered route with the page's clock set days after the build (issue 16).
const { newPage, url } = setupBrowser();

const DAY = 24 * 60 * 60 * 1000;
/** Nine days after the build that is served (dist/ is built right before the e2e run). */
const LATER = new Date(statSync(join(process.cwd(), 'dist', 'index.html')).mtimeMs + 9 * DAY);

/**
 * Every route whose page is prerendered, and so hydrated: the views of the URL contract and the
 * presentation links (they hydrate the prerendered ranking, then open the presentation). The speaker
 * view and unknown addresses are rendered afresh over a fallback page.
 */
const HYDRATED = ROUTES.filter((route) => route.kind !== 'not-found' && route.kind !== 'speaker');

/** What React reports when hydration fails (production builds give the error's number only). */
const HYDRATION_ERROR = /#41[89]|#42[1-5]|hydrat|did not match|didn't match/i;

/** Whether the page's root was prerendered for the path it is on (so the client hydrates it). */
async function prerenderedPathOf(page: Page, path: string): Promise<string | null> {
  const response = await page.request.get(url(path));
  return /<div id="root" data-prerendered="([^"]*)"/.exec(await response.text())?.[1] ?? null;
}

/** The `<h1>` the browser parsed from the HTML, remembered before any module script runs. */
function rememberParsedHeading(): void {
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') {
      (window as unknown as { parsedHeading: Element | null }).parsedHeading = document.querySelector('main h1');
    }
  });
}

describe(`hydration on a later day (${LATER.toISOString().slice(0, 10)}, nine days after the build)`, () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await newPage();
    await opened.context.clock.install({ time: LATER });
    await opened.context.addInitScript(rememberParsedHeading);
  });

  describe.each(['nb', 'en'] as const)('in %s', (lang) => {
    it.each(HYDRATED.map((route) => route.path))(
      '%s hydrates its prerendered markup without an error',
      async (path) => {
        const { page, errors } = opened;
        const address = inLang(path, lang);
        const pathname = new URL(url(address)).pathname;
        expect(await prerenderedPathOf(page, address)).toBe(pathname.replace(/(.)\/$/, '$1'));

        const seen = errors.length;
        await page.goto(url(address));
        await waitForApp(page);
        await page.waitForLoadState('networkidle');

        expect(await page.evaluate(() => Date.now())).toBeGreaterThanOrEqual(LATER.getTime());
        const newErrors = errors.slice(seen);
        expect(newErrors.filter((text) => HYDRATION_ERROR.test(text))).toEqual([]);
        expect(newErrors).toEqual([]);
        // Hydrated, not rendered afresh: the heading the browser parsed is still the one on the page.
        const kept = await page.evaluate(() => {
          const parsed = (window as unknown as { parsedHeading: Element | null }).parsedHeading;
          return parsed !== null && parsed === document.querySelector('main h1') && document.contains(parsed);
        });
        expect(kept).toBe(true);
      },
    );
  });
});
