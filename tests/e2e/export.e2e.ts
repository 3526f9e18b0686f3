import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow } from './support/a11y-checks';
import { axeViolations, setupBrowser } from './support/browser';

const { open } = setupBrowser();

async function download(
  page: Page,
  buttonName: string,
  toolbarName: RegExp = /^Vis og del:/,
): Promise<{ file: Download; bytes: Buffer }> {
  const toolbar = page.getByRole('group', { name: toolbarName }).first();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export and sharing in Chromium', () => {
  it('downloads the ranking as CSV for Norwegian Excel: BOM, semicolons, 19 rows, sources by name and URL', async () => {
    const { page } = await open('/');
    const { file, bytes } = await download(page, 'CSV: last ned dataene');
    expect(file.suggestedFilename()).toBe('klyngeinnsikt-rangering-2024.csv');
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    // Split the way a Norwegian spreadsheet does: on ";" (no cell here holds a ";" or quotes).
    const cells = lines.map((line) => line.split(';'));
    expect(cells[0]).toEqual([
      'Plass',
      'Klynge',
      'Nivå',
      'Andel enig (%)',
      'Høyst, avledet (%)',
      'Status',
      'Kilde',
      'Kilde-URL',
    ]);
    expect(lines).toHaveLength(1 + 19);
    expect(cells.every((row) => row.length === 8)).toBe(true);
    expect(cells[1]).toEqual([
      '1',
      'NCE Norway Health Tech',
      'NCE',
      '68',
      '',
      'publisert',
      'Shifter: Internasjonalisering: «Få og svake resultater hos klyngene» ifølge rapport',
      'https://www.shifter.no/nyheter/internasjonalisering-fa-og-svake-resultater-hos-klyngene-ifolge-rapport/310120',
    ]);
    expect(cells[5]?.slice(0, 6)).toEqual(['5', 'The Life Science Cluster', 'Arena', '', '45', 'ikke publisert']);
    expect(bytes.toString('utf8')).not.toContain('shifter-2024');
  });

  it('downloads the filtered ranking in English as comma-separated, named by view and filter', async () => {
    const { page } = await open('/?level=nce&q=media&lang=en');
    const { file, bytes } = await download(page, 'CSV: download the data', /^Show and share:/);
    expect(file.suggestedFilename()).toBe('klyngeinnsikt-ranking-nce-search-media-2024.csv');
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Rank,Cluster,Level,Share agreeing (%),"At most, derived (%)",Status,Source,Source URL');
    expect(lines.slice(1)).toEqual([
      '2,NCE Media,NCE,59,,published,Shifter: Internasjonalisering: «Få og svake resultater hos klyngene» ifølge rapport,https://www.shifter.no/nyheter/internasjonalisering-fa-og-svake-resultater-hos-klyngene-ifolge-rapport/310120',
    ]);
  });

  it('cites the chart: title, Klyngeinnsikt, its source, the date of the data and this exact view', async () => {
    const { page } = await open('/?level=nce&lang=en');
    const toolbar = page.getByRole('group', { name: /^Show and share:/ }).first();
    await toolbar.getByRole('button', { name: 'Cite' }).click();
    const citation = await page
      .getByRole('group', { name: /^Citation of / })
      .first()
      .textContent();
    expect(citation).toContain('Klyngeinnsikt. Sources: Shifter: «Internasjonalisering');
    expect(citation).toContain('Data as of 2024-04 (the newest source date, derived).');
    expect(citation).toContain(`${new URL(page.url()).origin}/?level=nce&lang=en (accessed `);
  });

  it('the open citation, the dataset citation and "did you mean" pass axe and reflow at 320 px', async () => {
    const { page } = await open('/?level=arena&q=medai');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('heading', { name: 'Mente du …?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(new URL('/?level=nce', page.url()).href);
    await page
      .getByRole('group', { name: /^Vis og del:/ })
      .first()
      .getByRole('button', { name: 'Siter' })
      .click();
    await page
      .getByRole('group', { name: /^Sitering av / })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(new URL('/sources', page.url()).href);
    await page.getByRole('group', { name: 'Sitering av datasettet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it('downloads the data of the level and timeline charts as CSV too, at the source’s precision', async () => {
    const csvLines = async (page: Page, chart: RegExp) =>
      (await download(page, 'CSV: last ned dataene', chart)).bytes.toString('utf8').slice(1).trimEnd().split('\r\n');

    const levels = (await open('/levels')).page;
    const levelLines = await csvLines(levels, /^Vis og del: Plass i evalueringen/);
    expect(levelLines[0]).toBe(
      'Nivå;Plass;Klynge;Andel enig (%);Status;Kilde;Kilde-URL;Median plass på nivået (avledet)',
    );
    expect(levelLines).toHaveLength(1 + 19);

    const timeline = (await open('/timeline?level=arena')).page;
    const periodLines = await csvLines(timeline, /^Vis og del: .*periode/i);
    expect(periodLines).toHaveLength(1 + 11);
    const lifeScience = periodLines.find((line) => line.startsWith('The Life Science Cluster;'))?.split(';');
    expect(lifeScience?.slice(0, 7)).toEqual([
      'The Life Science Cluster',
      'Arena',
      '2018',
      '2019',
      'utledet fra kildene',
      '2020',
      '2023',
    ]);
    expect(lifeScience?.[7]).toMatch(/ \| Menon Economics: Klyngeprogrammet til Innovasjon Norge/);
    expect(lifeScience?.[8]).toMatch(/^https:\/\/\S+ https:\/\/www\.menon\.no\//);
    const milestoneLines = await csvLines(timeline, /^Vis og del: Milepæler/);
    expect(milestoneLines[0]).toBe('Nr.;Dato;Til;Presisjon;Hendelse;Kilder;Kilde-URL-er');
    expect(milestoneLines[1]).toMatch(/^1;2002;;år;/);
  });

  it('downloads the whole figure as SVG (title, legend, source) and as a PNG at twice its size', async () => {
    const { page, errors } = await open('/');
    await page.locator('.recharts-surface').first().waitFor();
    const svg = (await download(page, 'SVG: last ned som vektorbilde')).bytes.toString('utf8');
    expect(svg).toContain(
      '<title>Andel medlemmer som fikk internasjonale relasjoner de ellers ikke ville fått</title>',
    );
    expect(svg).toContain('Kilde: Menon Economics for Innovasjon Norge (2024)');
    expect(svg).toContain('NCE: publisert andel');
    expect(svg).toContain('NCE Norway Health Tech');
    expect(svg).not.toContain('var(--');
    const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(600);

    const { file, bytes } = await download(page, 'PNG: last ned som bilde');
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect(pngSize(bytes)).toEqual({ width: 2 * width, height: 2 * height });
    // The browser decodes it as an image of that size, and it is not blank.
    const decoded = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0);
      const pixels = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 97)
        colours.add((pixels[i] ?? 0) * 65536 + (pixels[i + 1] ?? 0) * 256 + (pixels[i + 2] ?? 0));
      return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size };
    }, bytes.toString('base64'));
    expect(decoded.width).toBe(2 * width);
    expect(decoded.colours).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('copies a link that reproduces the view, and confirms it', async () => {
    const { page, context } = await open('/?level=nce&q=media&lang=en');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).first().click();
    await page.locator('.copy-link__status', { hasText: 'Link copied' }).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?level=nce&q=media&lang=en');
  });

  it('shows the link in a selected text field where the clipboard is refused', async () => {
    const { page } = await open('/levels?lang=en');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.getByRole('button', { name: 'Copy link' }).first().click();
    const field = page.getByRole('textbox', { name: 'Link to what is shown' });
    await field.waitFor();
    expect(await field.inputValue()).toBe(page.url());
    expect(await field.evaluate((el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0))).toBe(
      page.url().length,
    );
  });

  it('prints a cluster page as one A4 page with the date and a QR code of its deep link', async () => {
    const { page } = await open('/clusters/nce-media?lang=en');
    await page.getByRole('heading', { level: 1, name: 'NCE Media' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.print-handout');
    expect(await handout.isVisible()).toBe(true);
    expect(await handout.textContent()).toMatch(/Printed \d{1,2} \w+ \d{4} from Klyngeinnsikt/);
    expect(
      await handout
        .getByRole('img', { name: /^QR code linking to this page: http.*\/clusters\/nce-media\?lang=en$/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
