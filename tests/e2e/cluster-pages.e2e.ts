import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupBrowser, type OpenedPage } from './support/browser';

const { newPage, visit } = setupBrowser();

const DIRECTORY = (
  JSON.parse(readFileSync('public/data/clusters.json', 'utf8')) as { clusters: { slug: string; name: string }[] }
).clusters;

/** Cheap: one page reused for every cluster, once each (the axe suites check a sample of them). */
describe('every cluster of the directory has a working page', () => {
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await newPage();
  });

  it.each(DIRECTORY)('/clusters/$slug shows "$name" as its h1 and no error', async ({ slug, name }) => {
    if (!opened) throw new Error('no page');
    const before = opened.errors.length;
    await visit(opened.page, `/clusters/${slug}`);
    expect((await opened.page.locator('main h1').first().textContent())?.trim()).toBe(name);
    expect(opened.errors.slice(before)).toEqual([]);
  });
});
