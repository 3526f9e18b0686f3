import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';

const { open, url } = setupBrowser();

interface ClusterEntry {
  slug: string;
  name: string;
}
const clusters = (
  JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'clusters.json'), 'utf8')) as {
    clusters: ClusterEntry[];
  }
).clusters;

/** The HTML a crawler or a link preview (Teams, Slack, e-mail) gets: fetched, no script run. */
async function rawHtml(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url(path));
  return { status: response.status, html: await response.text() };
}

/** The text of an HTML attribute or element as a reader gets it ("&amp;" is "&": NF&TA's name has one). */
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attribute = (html: string, selector: RegExp): string | undefined => {
  const raw = selector.exec(html)?.[1];
  return raw === undefined ? undefined : decode(raw);
};
const ogTitle = (html: string) => attribute(html, /<meta property="og:title" content="([^"]*)"/);
const h1Text = (html: string) => attribute(html, /<h1[^>]*>([^<]*)<\/h1>/);

describe('prerendered HTML (no script run)', () => {
  it('/ holds its heading, the ranking table of 19 clusters and its link-preview tags', async () => {
    const { status, html } = await rawHtml('/');
    expect(status).toBe(200);
    expect(h1Text(html)).toBe('Ga klyngemedlemskapet internasjonale relasjoner?');
    const body = /<tbody>(.*?)<\/tbody>/s.exec(html)?.[1] ?? '';
    expect(body.match(/<tr>/g)).toHaveLength(19);
    expect(body).toContain('NCE Norway Health Tech');
    expect(html).toContain('<title>Ga klyngemedlemskapet internasjonale relasjoner? – Klyngeinnsikt</title>');
    expect(ogTitle(html)).toBe('Ga klyngemedlemskapet internasjonale relasjoner?');
    expect(html).toMatch(/<meta name="description" content="Menon Economics evaluerte 19 klynger[^"]*"/);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/"/);
    expect(html).toContain('<meta name="twitter:card" content="summary"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
  });

  it.each([
    { path: '/clusters', h1: 'Alle klyngene' },
    { path: '/levels', h1: 'Klyngeprogrammets nivåer' },
    { path: '/timeline', h1: 'Klyngeprogrammet 2002–2024' },
    { path: '/sources', h1: 'Kilder og metode' },
  ])('$path holds its heading, title and og:title', async ({ path, h1 }) => {
    const { status, html } = await rawHtml(path);
    expect(status).toBe(200);
    expect(h1Text(html)).toBe(h1);
    expect(ogTitle(html)).toBe(h1);
    expect(html).toContain(`<title>${h1} – Klyngeinnsikt</title>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${path}"`));
  });

  // Data-driven: every cluster of clusters.json. Until the cluster page's route exists, the prerender
  // writes no page for it and the server answers 404 with the not-found page; once it exists, the raw
  // HTML holds the cluster's <h1> and og:title (issue 7's definition of done).
  it.each(clusters)('/clusters/$slug holds its name as <h1> and og:title (or is honestly not found)', async (c) => {
    const { status, html } = await rawHtml(`/clusters/${c.slug}`);
    if (status === 404) {
      expect(h1Text(html)).toBe('Siden finnes ikke');
      return;
    }
    expect(status).toBe(200);
    expect(h1Text(html)).toContain(c.name);
    expect(ogTitle(html)).toBe(c.name);
  });

  it('answers an unknown address with the prerendered not-found page and status 404', async () => {
    const { status, html } = await rawHtml('/finnes-ikke');
    expect(status).toBe(404);
    expect(h1Text(html)).toBe('Siden finnes ikke');
    // One file answers every unknown address: it must not name one (the app names it once it runs).
    expect(html).toContain('Vi fant ingen side på denne adressen.');
    expect(html).not.toContain('«/404»');
  });
});

describe('hydration of the prerendered pages', () => {
  it.each(['/', '/timeline', '/levels', '/sources'])(
    'keeps the prerendered DOM on %s (hydrates, does not replace) without a console error',
    async (path) => {
      const { page, errors } = await open('/finnes-ikke');
      // Remember the <h1> the browser parsed from the HTML, before any module script runs.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') {
            (window as unknown as { parsedHeading: Element | null }).parsedHeading = document.querySelector('h1');
          }
        });
      });
      await page.goto(url(path), { waitUntil: 'networkidle' });
      const kept = await page.evaluate(() => {
        const parsed = (window as unknown as { parsedHeading: Element | null }).parsedHeading;
        return parsed !== null && parsed === document.querySelector('h1') && document.contains(parsed);
      });
      expect(kept).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it('applies ?lang=en after hydrating the Norwegian page, with no mismatch error', async () => {
    const { page, errors } = await open('/?lang=en');
    await page
      .getByRole('heading', { level: 1, name: 'Did cluster membership bring international relations?' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Did cluster membership bring international relations? – Klyngeinnsikt');
    expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
    expect(await page.locator('tbody tr').count()).toBe(19);
    expect(errors).toEqual([]);
  });

  it('puts the start-up chunks the page lists into its head once each, as the app imports them', async () => {
    const path = '/clusters/nce-media';
    const html = await (await fetch(url(path))).text();
    const list = /<template id="app-code">(.*?)<\/template>/.exec(html)?.[1] ?? '';
    const listed = [...list.matchAll(/href="([^"]+)"/g)].map(([, href]) => new URL(href ?? '', url(path)).href);
    expect(listed.some((href) => /\/assets\/boot-[\w-]+\.js$/.test(href))).toBe(true);
    const { page, errors } = await open(path);
    const inHead = await page.evaluate(() =>
      [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => ({
        href: (link as HTMLLinkElement).href,
        crossorigin: link.getAttribute('crossorigin'),
      })),
    );
    // Once each: Vite's preload helper found them and added none of its own (it would, for another URL).
    for (const href of listed) {
      expect(
        inHead.filter((link) => link.href === href),
        href,
      ).toEqual([{ href, crossorigin: '' }]);
    }
    expect(await page.locator('#app-code').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps one title and one og:title while moving between views', async () => {
    const { page, errors } = await open('/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tidslinje' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klyngeprogrammet 2002–2024' }).waitFor();
    expect(await page.locator('title').count()).toBe(1);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Klyngeprogrammet 2002–2024');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
