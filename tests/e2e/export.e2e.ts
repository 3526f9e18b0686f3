import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow } from './support/a11y-checks';
import { axeViolations, setupBrowser } from './support/browser';

const { open, newPage, visit, url } = setupBrowser();

/** A day long after any build of the app, as the page's clock. */
const PRINTING_DAY = new Date(2031, 2, 14, 10, 30);

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

/** Distinct colours in the middle band of a PNG (35–65 % of its height), decoded in the page. */
function chartAreaColours(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const top = Math.round(canvas.height * 0.35);
    const band = context.getImageData(0, top, canvas.width, Math.round(canvas.height * 0.3)).data;
    const colours = new Set<number>();
    for (let i = 0; i < band.length; i += 4 * 7)
      colours.add((band[i] ?? 0) * 65536 + (band[i + 1] ?? 0) * 256 + (band[i + 2] ?? 0));
    return colours.size;
  }, bytes.toString('base64'));
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
    // visit waits for the app: a tap before it has started does nothing (ADR 033).
    await visit(page, '/?level=nce');
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
    await visit(page, '/sources');
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

  it('downloads the whole dataset from /sources: tidy CSVs for Norwegian spreadsheets, the JSON files, JSON-LD metadata', async () => {
    const { page } = await open('/?level=nce');
    // Every chart's toolbar links to the whole dataset.
    await page
      .getByRole('group', { name: /^Vis og del:/ })
      .first()
      .getByRole('link', { name: 'Hele datasettet' })
      .click();
    await page.getByRole('heading', { name: 'Last ned hele datasettet' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sources');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Evalueringen (klyngene Menon evaluerte), norsk CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('klyngeinnsikt-evaluation-nb.csv');
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('Plass;Id;Navn;Nivå;Andel (%);Andel-status;Kilder;Kilde-URL-er');
    expect(rows).toHaveLength(1 + 19);

    const hrefOf = async (name: string | RegExp) =>
      new URL((await page.getByRole('link', { name }).getAttribute('href')) ?? '', page.url()).href;
    // fetch().text() drops the BOM (the download test above checks it is there).
    const clusters = await (await fetch(await hrefOf('Klynger, norsk CSV'))).text();
    expect(clusters).toMatch(/[æøå]/);
    expect(clusters.split('\r\n')[0]).toBe(
      'Id;Navn;Tidligere navn;Andre navn;Sted;Fylke;Bransje;Nettsted;Kilder;Kilde-URL-er',
    );
    const json = await fetch(await hrefOf('clusters.json'));
    expect(json.status).toBe(200);
    expect(((await json.json()) as { clusters: unknown[] }).clusters.length).toBeGreaterThan(19);
    const metadata = (await (await fetch(await hrefOf('Metadata (DCAT, JSON-LD)'))).json()) as Record<string, unknown>;
    expect(metadata['@type']).toBe('dcat:Dataset');
    expect(metadata['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#' });
    const dictionary = await (await fetch(await hrefOf(/^Dataordbok/))).text();
    expect(dictionary).toContain('| Andel (%) | Share (%) |');
  });

  it('downloads the ranking as SVG with title, legend, source line and the page address', async () => {
    const { page, errors } = await open('/?level=nce~arena');
    // Drawn: live, or its build-time snapshot (ADR 035; NCE and Arena are all 19, so the picture is the same).
    await page
      .locator('.chart-figure__chart :is(.recharts-surface, .chart-snapshot__image) >> visible=true')
      .first()
      .waitFor();
    const svg = (await download(page, 'SVG: last ned som vektorbilde')).bytes.toString('utf8');
    expect(svg).toContain(
      '<title>Andel medlemmer som fikk internasjonale relasjoner de ellers ikke ville fått</title>',
    );
    expect(svg).toContain('Kilde: Menon Economics for Innovasjon Norge (2024)');
    expect(svg).toContain('NCE: publisert andel');
    expect(svg).toContain('NCE Norway Health Tech');
    expect(svg).toContain(`${url('/')}?level=nce~arena</text>`);
    // The citation line under the address: title, Klyngeinnsikt, the date of the data, the licence.
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '').join(' ');
    expect(texts).toMatch(/«Andel medlemmer som fikk internasjonale relasjoner[^»]*». Klyngeinnsikt\./);
    expect(texts).toContain('Lisens: CC BY 4.0.');
    expect(svg).not.toContain('var(--');
    expect(errors).toEqual([]);
  });

  /** Every chart, where it lives, and how its marks are named in the picture. */
  const CHARTS = [
    { name: 'ranking', path: '/', toolbar: /^Vis og del: Andel medlemmer/, mark: /class="ranking-bar"/g, min: 4 },
    {
      name: 'level rank',
      path: '/levels',
      toolbar: /^Vis og del: Plass i evalueringen/,
      mark: /class="rank-dot"/g,
      min: 19,
    },
    {
      name: 'milestones',
      path: '/timeline',
      toolbar: /^Vis og del: Milepæler/,
      mark: /<rect class="tl-mark|<path class="tl-mark/g,
      min: 23,
    },
    {
      name: 'periods',
      path: '/timeline',
      toolbar: /^Vis og del: De evaluerte klyngenes periode/,
      mark: /<rect class="tl-seg/g,
      min: 19,
    },
    // Every sourced cluster's periods: a bar (or hatched stretch) for each of the ~100 periods with a known edge.
    {
      name: 'every cluster’s periods',
      path: '/timeline',
      toolbar: /^Vis og del: Alle klyngene med kilde/,
      mark: /<rect class="tl-seg/g,
      min: 90,
    },
    // The programme's figures: a bar for each sourced value.
    ...(
      [
        ['clusters', /^Vis og del: Klynger i programmet per år/, 20],
        ['intakes', /^Vis og del: Opptak per år/, 10],
        ['budget', /^Vis og del: Penger til programmet/, 15],
        ['member firms', /^Vis og del: Medlemsbedrifter/, 4],
        ['effects', /^Vis og del: Effekter for medlemmer/, 4],
      ] as const
    ).map(([name, toolbar, min]) => ({
      name: `programme ${name}`,
      path: '/programme',
      toolbar,
      mark: /class="year-bars__bar"/g,
      min,
    })),
  ];

  for (const chart of CHARTS) {
    it(`exports the ${chart.name} chart as SVG and PNG with its marks, in Inter, at the size chosen`, async () => {
      const { page, errors } = await open(chart.path);
      const toolbar = page.getByRole('group', { name: chart.toolbar }).first();
      await toolbar.waitFor();
      // Drawn: live, or its build-time snapshot at this width (ADR 035) — the export takes what is shown.
      await page
        .locator('.chart-figure__chart :is(.recharts-surface, .chart-snapshot__image, .tl) >> visible=true')
        .first()
        .waitFor();

      const svg = (await download(page, 'SVG: last ned som vektorbilde', chart.toolbar)).bytes.toString('utf8');
      expect((svg.match(chart.mark) ?? []).length).toBeGreaterThanOrEqual(chart.min);
      expect(svg).toContain(`${url(chart.path)}</text>`);
      expect(svg).toContain('Kilde:');
      expect(svg).toMatch(/@font-face\{font-family:"Inter Variable";src:url\(data:font\/woff2;base64,/);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" /);

      for (const size of [
        { option: 'document', width: 1200, height: null },
        { option: 'slide', width: 1920, height: 1080 },
      ] as const) {
        await toolbar.getByRole('combobox', { name: 'Bildestørrelse' }).selectOption(size.option);
        const { bytes } = await download(page, 'PNG: last ned som bilde', chart.toolbar);
        const png = pngSize(bytes);
        expect(png.width).toBe(size.width);
        if (size.height !== null) expect(png.height).toBe(size.height);
        // The chart area (the middle band of the picture) is drawn: many colours, not a blank.
        expect(await chartAreaColours(page, bytes)).toBeGreaterThan(3);
      }
      expect(errors).toEqual([]);
    });
  }

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

  it('prints a cluster page as one A4 page with the day it is printed and a QR code of its deep link', async () => {
    // A day long after the build: the date is the printing day's, not the build's (issue 16).
    const { page, context } = await newPage();
    await context.clock.install({ time: PRINTING_DAY });
    await visit(page, '/clusters/nce-media?lang=en');
    await page.getByRole('heading', { level: 1, name: 'NCE Media' }).waitFor();
    await page.locator('.print-handout').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.print-handout');
    // The print media's change event comes with the next rendering step, after emulateMedia returns.
    await handout.getByText('Printed 14 March 2031 from Klyngeinnsikt.').waitFor();
    expect(await handout.isVisible()).toBe(true);
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

  it('sets the print date and the QR code of the page when printing starts (beforeprint), not before', async () => {
    const { page, context } = await newPage();
    await context.clock.install({ time: PRINTING_DAY });
    await visit(page, '/clusters/nce-media?level=nce');
    const handout = page.locator('.print-handout');
    expect(await handout.textContent()).not.toContain('Skrevet ut');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await handout.textContent()).toContain('Skrevet ut 14. mars 2031 fra Klyngeinnsikt.');
    const link = `${new URL(page.url()).origin}/clusters/nce-media?level=nce`;
    expect(await handout.locator('svg.qr-code').getAttribute('data-qr-text')).toBe(link);
    expect(await handout.locator('svg.qr-code').getAttribute('aria-label')).toBe(
      `QR-kode med lenke til denne siden: ${link}`,
    );
  });
});
