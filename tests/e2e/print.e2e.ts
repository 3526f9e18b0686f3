import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupBrowser } from './support/browser';

const { open } = setupBrowser();

/** A4 less the @page margins (14 mm each side, 12 mm top and bottom) in CSS px (96 per inch). */
const PAPER = { width: Math.floor((182 / 25.4) * 96), height: Math.floor((273 / 25.4) * 96) };

/** What a browser does before printing (page.pdf does not): the charts switch to their print size. */
async function beforePrint(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/** The page laid out as on paper: print media at the printable width. */
async function asOnPaper(page: Page) {
  // The handout's footer loads once the app runs.
  await page.locator('.print-handout').waitFor({ state: 'attached' });
  await page.setViewportSize({ width: PAPER.width, height: PAPER.height });
  await page.emulateMedia({ media: 'print' });
  await beforePrint(page);
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('every view prints as a usable handout', () => {
  for (const path of ['/', '/levels', '/programme', '/timeline', '/sources', '/clusters/nce-media']) {
    it(`${path} ends with the print date, its address and a QR code of it`, async () => {
      const { page } = await open(path);
      await asOnPaper(page);
      const handout = page.locator('.print-handout');
      expect(await handout.isVisible()).toBe(true);
      expect(await handout.textContent()).toMatch(/Skrevet ut \d{1,2}\. \w+ \d{4} fra Klyngeinnsikt/);
      expect(await handout.textContent()).toContain(new URL(page.url()).pathname);
      expect(await handout.getByRole('img', { name: /^QR-kode/ }).count()).toBe(1);
    });
  }

  it('the ranking prints its table with every column header', async () => {
    const { page } = await open('/');
    await asOnPaper(page);
    const headers = page.locator('.chart-figure__table th, table th').filter({ visible: true });
    const texts = (await headers.allTextContents()).map((t) => t.trim());
    expect(texts).toEqual(expect.arrayContaining(['Plass', 'Klynge', 'Nivå', 'Andel enig']));
  });

  it('the level cards print their whole text (nothing cut at a card’s edge)', async () => {
    const { page } = await open('/levels');
    await asOnPaper(page);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('.level-card')].flatMap((card) => {
        const box = card.getBoundingClientRect();
        return [...card.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > box.right + 0.5)
          .map((el) => el.textContent);
      }),
    );
    expect(cut).toEqual([]);
  });

  it('/timeline prints in a few pages, starting with its content on the first', async () => {
    const { page } = await open('/timeline');
    await page.locator('.tl-row').first().waitFor();
    await beforePrint(page);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    // Milestones and the evaluated clusters' periods with their tables (6 pages before issue 11), and every
    // sourced cluster's ~100 periods, one line each (bars only on paper: their table stays on screen and in the CSV).
    expect(pdfPages(pdf)).toBeLessThanOrEqual(10);
    // Small enough to send: vector bars and hatching, not a page-sized picture per hatched stretch (87 MB once).
    expect(pdf.length).toBeLessThan(2_000_000);
    // The first chart starts on the first page (no page left empty but for the heading).
    await asOnPaper(page);
    const top = await page
      .locator('.chart-figure .tl-row')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(PAPER.height);
  });
});
