import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { waitForOfflineReady } from './support/offline';

/** The app built for a host that serves it under a sub-path, as BASE_PATH makes it (README, "Deploying"). */
const BASE = '/klyngeinnsikt/';
const OUT_DIR = 'dist-subpath';

let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;

beforeAll(() => {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'error'], {
    // Vitest sets NODE_ENV=test, which would give a development build.
    env: { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`the sub-path build failed (${String(build.status)})`);
  const prerender = spawnSync('node', ['scripts/prerender.mjs', '--outDir', OUT_DIR], {
    env: { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE },
    stdio: 'inherit',
  });
  if (prerender.status !== 0) throw new Error(`the sub-path prerender failed (${String(prerender.status)})`);
});

beforeAll(async () => {
  server = await serveDist({ base: BASE, outDir: OUT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`hosted under ${BASE}`, () => {
  it('builds HTML whose every URL stays under the sub-path', () => {
    const html = readFileSync(join(process.cwd(), OUT_DIR, 'index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    // In-page anchors (the skip link), data URLs (the icon) and absolute URLs (canonical, og:url on the
    // site's origin) aside.
    const paths = urls.filter((u) => !u.startsWith('#') && !u.startsWith('data:') && !/^https?:\/\//.test(u));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(urls.filter((u) => /^https?:\/\//.test(u) && !new URL(u).pathname.startsWith(BASE))).toEqual([]);
  });

  it('prerenders pages whose links, assets and canonical URL stay under the sub-path', async () => {
    if (!server) throw new Error('not set up');
    const response = await fetch(`${new URL(server.url).origin}${BASE}clusters/nce-media`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>[^<]*NCE Media/);
    expect(html).toContain('<meta property="og:title" content="NCE Media"');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${BASE}clusters/nce-media"`));
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(
      urls.filter((u) => !u.startsWith(BASE) && !u.startsWith('#') && !u.startsWith('data:') && !/^https?:/.test(u)),
    ).toEqual([]);
  });

  it('opens a deep link, keeps every request and link under the sub-path, and works offline', async () => {
    if (!browser || !server) throw new Error('not set up');
    const origin = new URL(server.url).origin;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));

    await page.goto(`${origin}${BASE}timeline?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'The cluster programme 2002–2024' }).waitFor();
    await page.getByRole('table').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    // The links take the address's filters in a transition after hydration (ADR 036).
    const hrefs = () => nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect
      .poll(hrefs)
      .toEqual([
        `${BASE}?lang=en`,
        `${BASE}clusters?lang=en`,
        `${BASE}levels?lang=en`,
        `${BASE}programme?lang=en`,
        `${BASE}timeline?lang=en`,
        `${BASE}sources?lang=en`,
      ]);
    await nav.getByRole('link', { name: 'Levels' }).click();
    await page.getByRole('heading', { level: 1, name: 'The levels of the cluster programme' }).waitFor();
    expect(page.url()).toBe(`${origin}${BASE}levels?lang=en`);

    expect(await waitForOfflineReady(page)).toBe(`${origin}${BASE}`);
    expect(requested.filter((u) => !u.startsWith(`${origin}${BASE}`))).toEqual([]);

    await context.setOffline(true);
    const deep = await page.goto(`${origin}${BASE}sources`);
    expect(deep?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: /Kilder og metode/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kilder' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
  it('picks up a new deployment by itself: the new worker takes over and the page reloads into it', async () => {
    if (!browser || !server) throw new Error('not set up');
    const origin = new URL(server.url).origin;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}levels`);
    await page.getByRole('table').first().waitFor();
    await waitForOfflineReady(page);

    // "Deploy" a new version, as a new build would: the page the worker answers navigations with
    // (shell.html, ADR 030) changes, and sw.js names its new revision.
    const dir = join(process.cwd(), OUT_DIR);
    const html = readFileSync(join(dir, 'shell.html'), 'utf8');
    writeFileSync(
      join(dir, 'shell.html'),
      html.replace('<title>', '<meta name="deployed" content="v2" />\n    <title>'),
    );
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const next = sw.replace(/\{url:"shell\.html",revision:"[0-9a-f]+"\}/, '{url:"shell.html",revision:"v2"}');
    expect(next).not.toBe(sw);
    writeFileSync(join(dir, 'sw.js'), next);

    // The next visit still starts from the cached version, finds the new worker, and reloads itself into the new one.
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.reload();
    await expect.poll(() => page.locator('meta[name="deployed"]').count(), { timeout: 20_000 }).toBe(1);
    // The new document's `load` fires after its subresources, so it can come a moment after the <meta> is parsed.
    await expect.poll(() => loads).toBe(2);
    await page.getByRole('heading', { level: 1, name: /nivåer/ }).waitFor();
    await page.getByRole('table').first().waitFor();
    // What is cached now is the new version: nothing old is left to be served offline.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('table').first().waitFor();
    expect(await page.locator('meta[name="deployed"]').count()).toBe(1);
    await context.close();
  });
});
