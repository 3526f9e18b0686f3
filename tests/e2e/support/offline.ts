import type { Page } from 'playwright-core';

/**
 * Waits until the service worker has installed (its precache is complete: code, styles, pages and
 * data) and controls the page, so the app can be used without a network from here on.
 */
export async function waitForOfflineReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
      });
    }
    return registration.scope;
  });
}
