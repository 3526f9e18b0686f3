import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u?.startsWith(BASE))).toEqual([]);
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
    await page.getByRole('table').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `${BASE}?lang=en`,
      `${BASE}levels?lang=en`,
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
});
