import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The whole-dataset download's Norwegian CSVs (ADR 064) opened as a Norwegian spreadsheet does: LibreOffice
// headless, Norwegian Bokmål locale (1044), semicolon, UTF-8; written back out tab-separated to read the columns.
// .ci/run installs LibreOffice (libreoffice-calc-nogui); without it this fails and says how to install it.
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const work = mkdtempSync(join(tmpdir(), 'klyngeinnsikt-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function openInLibreOffice(file: string): string[][] {
  const source = join(process.cwd(), 'dist', 'data', 'download', file);
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--infilter=CSV:59,34,76,1,,1044',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):9,34,76,1',
        '--outdir',
        join(work, 'out'),
        source,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } catch (error) {
    throw new Error(
      `LibreOffice (${SOFFICE}) could not convert ${file}: install it with ` +
        '`apt-get install -y --no-install-recommends libreoffice-calc-nogui` (or set SOFFICE_PATH).',
      { cause: error },
    );
  }
  const text = readFileSync(join(work, 'out', file), 'utf8');
  return text
    .trimEnd()
    .split(/\r?\n/)
    .map((line) => line.split('\t').map((cell) => cell.replace(/^"|"$/g, '').replaceAll('""', '"')));
}

describe('the dataset download in LibreOffice with the Norwegian locale', () => {
  it('opens the clusters table into its columns with æøå intact', () => {
    const rows = openInLibreOffice('klyngeinnsikt-clusters-nb.csv');
    expect(rows[0]).toEqual([
      'Id',
      'Navn',
      'Tidligere navn',
      'Andre navn',
      'Sted',
      'Fylke',
      'Bransje',
      'Nettsted',
      'Kilder',
      'Kilde-URL-er',
    ]);
    expect(rows.length).toBeGreaterThan(19);
    for (const row of rows) expect(row).toHaveLength(10);
    const blueMaritime = rows.find((row) => row[0] === 'gce-blue-maritime-cluster');
    expect(blueMaritime?.slice(4, 6)).toEqual(['Ålesund', 'Møre og Romsdal']);
  });

  it('opens the evaluation with the shares as numbers and the unknown ones empty', () => {
    const rows = openInLibreOffice('klyngeinnsikt-evaluation-nb.csv');
    expect(rows[0]).toEqual(['Plass', 'Id', 'Navn', 'Nivå', 'Andel (%)', 'Andel-status', 'Kilder', 'Kilde-URL-er']);
    expect(rows).toHaveLength(1 + 19);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(8);
      if (row[5] === 'publisert') expect(row[4]).toMatch(/^\d+(,\d+)?$/);
      else expect([row[4], row[5]]).toEqual(['', 'ikke publisert']);
    }
  });
});
