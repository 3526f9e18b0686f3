import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser, waitForApp } from './support/browser';
import { recordCspViolations } from './support/csp';

const { open, url } = setupBrowser();

/** Every view, in both languages and in presentation mode: what a visitor can reach. */
const WALK = [
  '/',
  '/?lang=en&level=nce&sort=name&q=nce',
  '/?present=1&slide=2',
  '/clusters/nce-media',
  '/levels',
  '/levels/nce',
  '/timeline?lang=en',
  '/sources',
  '/finnes-ikke',
];

/** Builds the CSP of dist/index.html as a map of directive → sources. */
function builtCsp(): { html: string; csp: Map<string, string[]> } {
  const html = readFileSync(join(process.cwd(), 'dist', 'index.html'), 'utf8');
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const csp = new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
  return { html, csp };
}

describe('the built HTML', () => {
  it('carries a strict Content-Security-Policy before any script or stylesheet', () => {
    const { html, csp } = builtCsp();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    const styles = csp.get('style-src') ?? [];
    expect(styles).not.toContain("'unsafe-inline'");
    const cspAt = html.indexOf('Content-Security-Policy');
    expect(cspAt).toBeGreaterThan(0);
    expect(cspAt).toBeLessThan(html.search(/<script|<link|<style/));
    // Every script is a file from the build: no inline script for the policy to allow.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(html).toMatch(/<meta name="referrer" content="no-referrer"/);
  });
});

describe('nothing leaks, nothing runs that should not', () => {
  it('walks every view without a request to another host or a CSP violation', async () => {
    const { page, context, errors } = await open('/', { serviceWorkers: 'allow' });
    const origin = new URL(url('/')).origin;
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const violations = await recordCspViolations(page);
    for (const path of WALK) {
      await page.goto(url(path));
      await page.locator('main h1').waitFor();
      await waitForApp(page); // the app's own requests start after the first paint
      await page.waitForLoadState('networkidle');
    }
    // And by the links, as a visitor would.
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    for (const link of await nav.getByRole('link').all()) {
      await link.click();
      await page.locator('main h1').waitFor();
    }
    const offHost = requested.filter((address) => {
      const { protocol, origin: from } = new URL(address);
      return (protocol === 'http:' || protocol === 'https:') && from !== origin;
    });
    expect(requested.length).toBeGreaterThan(WALK.length);
    expect(offHost).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** A route handler that fails while `state.failing` is true, in the given way. */
function failing(mode: '500' | 'timeout' | 'unreachable', state: { failing: boolean }) {
  return async (route: Route) => {
    if (!state.failing) return route.continue();
    if (mode === '500') return route.fulfill({ status: 500, body: 'Internal Server Error' });
    if (mode === 'unreachable') return route.abort('connectionrefused');
    // The time-out: no answer at all; the page's own timer gives up.
    return new Promise<void>(() => undefined);
  };
}

const dataAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Dataene kunne ikke brukes' });

async function expectDataAlert(page: Page, ...texts: string[]): Promise<void> {
  await dataAlert(page).waitFor();
  for (const text of texts) expect(await dataAlert(page).textContent()).toContain(text);
  expect(await page.getByRole('table').count()).toBe(0);
  expect(await page.locator('main figure').count()).toBe(0);
}

describe('data that cannot be fetched', () => {
  // sources.json times out: it is fetched first, so its timer is the first to run out.
  it.each([
    { mode: '500' as const, file: 'clusters.json', says: '500' },
    { mode: 'unreachable' as const, file: 'levels.json', says: 'Sjekk nettforbindelsen' },
    { mode: 'timeout' as const, file: 'sources.json', says: 'timed out' },
  ])('a $mode of $file gives the alert naming the file, and the retry recovers', async ({ mode, file, says }) => {
    const { page, errors } = await open('/');
    await page.getByRole('table').first().waitFor();
    const state = { failing: true };
    await page.route(`**/data/${file}`, failing(mode, state));
    if (mode === 'timeout') {
      // The page's clock, not the test's: the app's real 10 s limit passes in an instant.
      await page.clock.install();
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'Laster data' }).waitFor();
      // Past the time-out, the one automatic retry's delay, and its time-out.
      for (let step = 0; step < 12 && !(await dataAlert(page).isVisible()); step += 1) {
        await page.clock.runFor(2_000);
      }
    } else {
      await page.reload();
    }
    await expectDataAlert(page, file, says);
    state.failing = false;
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.getByRole('table').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(19);
    expect(await dataAlert(page).count()).toBe(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // What the browser logs about the failed request itself is expected; nothing else is.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

type ClusterJson = Record<string, unknown> & { levels: Record<string, unknown>[]; sources: string[] };

describe('invalid data is refused, naming the file and field, and shows no figure', () => {
  it.each([
    {
      what: 'a duplicate slug',
      field: 'clusters[6].slug',
      edit: (c: ClusterJson[]) => {
        const first = c[0];
        if (c[6] && first) c[6].slug = first.slug;
      },
    },
    {
      what: 'an unknown level',
      field: 'clusters[2].levels[0].level',
      edit: (c: ClusterJson[]) => {
        const period = c[2]?.levels[0];
        if (period) period.level = 'super-nce';
      },
    },
    {
      what: 'an unknown source id',
      field: 'clusters[0].sources[0]',
      edit: (c: ClusterJson[]) => {
        if (c[0]) c[0].sources[0] = 'made-up-source';
      },
    },
    {
      what: 'a missing name',
      field: 'clusters[4].name',
      edit: (c: ClusterJson[]) => {
        if (c[4]) delete c[4].name;
      },
    },
  ])('$what', async ({ field, edit }) => {
    const { page, errors } = await open('/');
    await page.getByRole('table').first().waitFor();
    await page.route('**/data/clusters.json', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { clusters: ClusterJson[] };
      edit(json.clusters);
      await route.fulfill({ response, json });
    });
    await page.reload();
    await expectDataAlert(page, 'clusters.json', field);
    // No figure from the data anywhere in the view: not the 68 % of the first cluster, not its name.
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/68\s%/);
    expect(main).not.toContain('NCE Norway Health Tech');
    expect(errors).toEqual([]);
  });
});

describe('error boundaries', () => {
  it('a view whose code fails to load shows an error view in the layout, and navigating away recovers', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('table').first().waitFor();
    await page.route('**/assets/levels-page-*.js', (route) => route.fulfill({ status: 500, body: '' }));
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nivåer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noe gikk galt i denne visningen' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Prøv å laste siden på nytt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tidslinje' }).click();
    await page.getByRole('heading', { level: 1, name: /Klyngeprogrammet 2002–2024/ }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Noe gikk galt i denne visningen' }).count()).toBe(0);
    expect(errors.filter((e) => !/Failed to load resource|levels-page/.test(e))).toEqual([]);
  });
});

describe('a chart that throws', () => {
  it('shows its message in place of the chart, while its table and the view keep working', async () => {
    const { page, errors } = await open('/');
    // The browser API a responsive chart needs fails, for charts only: the real chart throws in the real app.
    await page.addInitScript(() => {
      const prototype = ResizeObserver.prototype;
      const observe: unknown = Reflect.get(prototype, 'observe');
      prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
        if (target.closest('.chart-frame')) throw new Error('ResizeObserver unavailable (e2e)');
        if (typeof observe === 'function') Reflect.apply(observe, this, [target, options]);
      };
    });
    await page.reload();
    const figure = page.locator('main figure[data-chart-id]').first();
    // Its snapshot shows until someone reaches for the chart (ADR 035); then the live chart throws.
    await figure.locator('.chart-deferred').hover();
    await figure.getByRole('alert').filter({ hasText: 'Diagrammet kunne ikke tegnes' }).waitFor();
    expect(await figure.locator('svg.recharts-surface').count()).toBe(0);
    expect(await page.locator('main table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    // The view still reacts: switching language re-renders the table and the message.
    await page.getByRole('button', { name: 'English' }).click();
    await figure.getByRole('alert').filter({ hasText: 'The chart could not be drawn' }).waitFor();
    expect(await page.locator('main table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    expect(errors.filter((e) => !/ResizeObserver unavailable \(e2e\)|Chart failed to render/.test(e))).toEqual([]);
  });
});
