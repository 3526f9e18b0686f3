import axe from 'axe-core';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../../scripts/browser.mjs';
import { INTER_FONT_STORAGE_KEY } from '../../../src/app/inter-font';

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Blocked unless a test is about the service worker: a worker serves requests from its cache, past
   * `page.route`, so data-failure tests could not reach the network they fake.
   */
  serviceWorkers?: 'allow' | 'block';
  /** A browser that has loaded Inter before (default), or a first visit's (ADR 065). */
  interCached?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** One Chromium per test file; call at the top of the file. */
export function setupBrowser(): {
  open: (path: string, options?: OpenOptions) => Promise<OpenedPage>;
  /** A fresh context and page (not navigated): reuse it across routes with `visit`. */
  newPage: (options?: OpenOptions) => Promise<OpenedPage>;
  visit: (page: Page, path: string) => Promise<void>;
  url: (path: string) => string;
} {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const baseUrl = inject('baseUrl');
  const url = (path: string) => `${baseUrl}${path}`;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  async function newPage(options: OpenOptions = {}): Promise<OpenedPage> {
    if (!browser) throw new Error('browser not launched');
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
      serviceWorkers: options.serviceWorkers ?? 'block',
    });
    contexts.push(context);
    // A returning visitor's browser, which has Inter: pages paint in it from the start, so tests see the
    // design's typeface. fonts.e2e.ts covers a first visit (the local face throughout, ADR 065).
    if (options.interCached ?? true)
      await context.addInitScript((key) => {
        try {
          window.localStorage.setItem(key, 'inter');
        } catch {
          // about:blank has no storage
        }
      }, INTER_FONT_STORAGE_KEY);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' || isDocumentNotFound(page, message)) return;
      errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    return { page, context, errors };
  }

  async function open(path: string, options: OpenOptions = {}): Promise<OpenedPage> {
    const opened = await newPage(options);
    await opened.page.goto(url(path));
    await waitForApp(opened.page);
    return opened;
  }

  /** Navigates an open page to a path and waits until the view has its heading and its data. */
  async function visit(page: Page, path: string): Promise<void> {
    await page.goto(url(path));
    await waitForApp(page);
    await waitForView(page);
  }

  return { open, newPage, visit, url };
}

/** Waits until the view has rendered its <h1> (and an opened presentation) and nothing is loading any more. */
export async function waitForView(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.loading-status') === null);
  // A presentation link: the presentation's code loads when it opens, after the view.
  if (new URL(page.url()).searchParams.get('present') === '1') await page.getByRole('dialog').first().waitFor();
  // Two frames: responsive charts measure their box, then draw.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/**
 * Waits until the app runs: a prerendered page shows its content before the app has hydrated it (and
 * applied the link's language and filters); the app removes the root's `data-prerendered` mark then.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
}

/**
 * An unknown address is answered with the prerendered 404.html and status 404, as static hosts do;
 * Chromium logs that status of the page itself as a console error. It is not an error of the app.
 */
function isDocumentNotFound(page: Page, message: ConsoleMessage): boolean {
  return message.text().includes('status of 404') && message.location().url === page.url();
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
