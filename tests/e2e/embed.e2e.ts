import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser } from './support/browser';

const { open, newPage, url } = setupBrowser();

/** Another site: a second local port that answers every path with the HTML it is given (ADR 063). */
let host: Server;
let hostPage = '';
const hostUrl = () => `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;

beforeAll(async () => {
  host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

const pageWith = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title></head><body><h1>A report</h1>${body}</body></html>`;

/** The frame whose address starts with `prefix`, once it has navigated there. */
async function frameAt(page: Page, prefix: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(prefix));
  if (!frame) throw new Error(`no frame at ${prefix}`);
  return frame;
}

describe('embedding a chart in another site', () => {
  it('copies the ranking chart’s embed code with its level filter; pasted into another origin’s page it shows that chart', async () => {
    const { page } = await open('/?level=nce&lang=en');
    const toolbar = page.getByRole('group', { name: /^Show and share:/ }).first();
    await toolbar.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByRole('textbox', { name: 'Embed code (iframe)' }).inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/ranking\?level=nce&amp;lang=en" title="[^"]+ – Klyngeinnsikt" /,
    );

    hostPage = pageWith(code);
    const { page: reader, errors } = await newPage();
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(request.url()));
    await reader.goto(hostUrl());
    const frame = await frameAt(reader, url('/embed/ranking'));
    await frame.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
    const figure = frame.getByRole('figure').first();
    await figure.locator('.recharts-surface').waitFor();
    await expect.poll(() => figure.locator('.chart-figure__table tbody tr').count()).toBeGreaterThan(0);
    // Only the NCE clusters of the ranking: the filter came with the code.
    const rows = await figure.locator('.chart-figure__table tbody tr').allTextContents();
    expect(rows.every((row) => row.includes('NCE'))).toBe(true);
    expect(rows.join(' ')).toContain('NCE Media');
    expect(rows.join(' ')).not.toContain('Arena Oslo');
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await figure.locator('.chart-figure__source').textContent()).toMatch(/^Source: /);
    const back = frame.getByRole('link', { name: /See the full view on Klyngeinnsikt/ });
    await expect.poll(() => back.getAttribute('href')).toBe(url('/?level=nce&lang=en'));
    expect(await back.getAttribute('target')).toBe('_blank');
    // No request off the app's host (and the host page itself).
    const origins = new Set(requests.map((r) => new URL(r).origin));
    expect([...origins].sort()).toEqual([new URL(hostUrl()).origin, new URL(url('/')).origin].sort());
    expect(errors).toEqual([]);
  });

  it('sends frame-ancestors * only for /embed/*: the same page cannot frame the ranking itself', async () => {
    const embedPolicy = (await fetch(url('/embed/ranking'))).headers.get('content-security-policy') ?? '';
    const rootPolicy = (await fetch(url('/'))).headers.get('content-security-policy') ?? '';
    expect(embedPolicy).toContain('frame-ancestors *');
    expect(embedPolicy).toContain("script-src 'self'");
    expect(rootPolicy).toContain("frame-ancestors 'none'");

    hostPage = pageWith(`<iframe src="${url('/')}" title="Klyngeinnsikt"></iframe>`);
    const { page } = await newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refused.push(message.text());
    });
    await page.goto(hostUrl());
    await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
    // The frame holds no page of the app.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const heading = frame
      ? await frame
          .locator('main h1')
          .count()
          .catch(() => 0)
      : 0;
    expect(heading).toBe(0);
  });

  it('has no axe violations on an embed page', async () => {
    const { page } = await open('/embed/timeline-periods');
    await page.locator('main h1').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
