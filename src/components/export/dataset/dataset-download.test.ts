import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../../tests/dataset';
import { DATA_FILES, fileNameOf } from '../../../data/data-files';
import { datasetDownloadFiles } from './dataset-download';
import { DATASET_TABLES, DICTIONARY_FILE, METADATA_FILE, tableFileName } from './dataset-files';
import { DATASET_TABLE_SPECS } from './dataset-tables';

const dataset = loadBundledDataset();
const files = datasetDownloadFiles(dataset, {
  downloadUrl: 'https://klyngeinnsikt.example/data/download/',
  dataUrl: 'https://klyngeinnsikt.example/data/',
  landingPage: 'https://klyngeinnsikt.example/sources',
  built: '2026-11-30',
  jsonFiles: DATA_FILES.map(fileNameOf),
});

/** A CSV file's rows, split as a spreadsheet in that language would (no cell in these checks holds the separator). */
function lines(name: string): string[] {
  const text = files[name] ?? '';
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}
const spec = (name: string) => DATASET_TABLE_SPECS.find((s) => s.name === name);

describe('the tidy tables of the dataset download', () => {
  it('has one row per record and the header in the language', () => {
    expect(spec('clusters')?.rows(dataset, 'nb')).toHaveLength(dataset.directory.length + 1);
    expect(spec('evaluation')?.rows(dataset, 'en')).toHaveLength(dataset.clusters.length + 1);
    expect(spec('sources')?.rows(dataset, 'nb')).toHaveLength(dataset.sources.length + 1);
    expect(spec('intake-rounds')?.rows(dataset, 'nb')).toHaveLength(dataset.programme.intakes.length + 1);
    const periods = dataset.directory.reduce((n, c) => n + c.levels.length, 0);
    expect(spec('level-periods')?.rows(dataset, 'nb')).toHaveLength(periods + 1);
    const values = dataset.programme.figures.reduce((n, f) => n + f.values.length, 0);
    expect(spec('yearly-figures')?.rows(dataset, 'en')).toHaveLength(values + 1);
  });

  it('writes the evaluation for Norwegian spreadsheets: semicolons, sources by name and URL, unknown never 0', () => {
    const rows = lines(tableFileName('evaluation', 'nb'));
    expect(rows[0]).toBe('Plass;Id;Navn;Nivå;Andel (%);Andel-status;Kilder;Kilde-URL-er');
    expect(rows[1]).toMatch(
      /^1;nce-norway-health-tech;NCE Norway Health Tech;nce;\d+;publisert;Shifter: .+;https:\/\//,
    );
    const unknown = rows.filter((row) => row.includes(';ikke publisert;'));
    expect(unknown.length).toBeGreaterThan(0);
    for (const row of unknown) expect(row.split(';')[4]).toBe('');
    expect(rows.join('\n')).not.toMatch(/;shifter-2024;/);
  });

  it('writes the English variant with commas and English words', () => {
    const rows = lines(tableFileName('evaluation', 'en'));
    expect(rows[0]).toBe('Rank,Id,Name,Level,Share (%),Share status,Sources,Source URLs');
    expect(rows.some((row) => row.includes(',not published,'))).toBe(true);
  });

  it('keeps æøå and writes a decimal comma in nb', () => {
    const clusters = files[tableFileName('clusters', 'nb')] ?? '';
    expect(clusters).toMatch(/[æøå]/);
    const figures = lines(tableFileName('yearly-figures', 'nb'));
    expect(figures[0]).toBe(
      'Id;Mål;Nivå;Dato;Fra;Omtrentlig dato;Enhet;Beskrivelse;Verdi;Presisering;Sikkerhet;Grunnlag;Kilder;Kilde-URL-er',
    );
    const decimals = dataset.programme.figures.flatMap((f) => f.values).filter((v) => !Number.isInteger(v.value));
    if (decimals.length > 0) expect(figures.join('\n')).toMatch(/;\d+,\d+;/);
  });

  it('shows an unknown period boundary as not published, never a date', () => {
    const rows = lines(tableFileName('level-periods', 'en'));
    expect(rows[0]).toBe('Id,Name,Level,NCE as a brand,Start,Start status,End,End status,Sources,Source URLs');
    const node = rows.filter((row) => row.startsWith('gce-node,'));
    expect(node.at(-1)).toMatch(/,gce,,2014(-\d\d)*,known,,not (published|found),/);
  });
});

describe('the data dictionary and the metadata', () => {
  it('describes every table and column in both languages', () => {
    const dictionary = files[DICTIONARY_FILE] ?? '';
    for (const table of DATASET_TABLES) expect(dictionary).toContain(`## ${table}`);
    expect(dictionary).toContain('| Andel (%) | Share (%) | Publisert andel i prosent;');
  });

  it('is DCAT JSON-LD: @context, a dcat:Dataset with title, publisher, licence, coverage and a distribution per file', () => {
    const metadata = JSON.parse(files[METADATA_FILE] ?? '{}') as Record<string, unknown>;
    expect(metadata['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
    });
    expect(metadata['@type']).toBe('dcat:Dataset');
    expect(metadata['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    expect(metadata['dct:publisher']).toMatchObject({ 'foaf:name': 'Klyngeinnsikt' });
    expect(metadata['dct:temporal']).toMatchObject({ 'dcat:startDate': { '@value': '2002', '@type': 'xsd:gYear' } });
    expect(metadata['dct:issued']).toEqual({ '@value': '2026-11-30', '@type': 'xsd:date' });
    const distributions = metadata['dcat:distribution'] as Record<string, { '@id': string }>[];
    expect(distributions).toHaveLength(DATASET_TABLES.length * 2 + DATA_FILES.length + 1);
    for (const d of distributions) {
      expect(d['dcat:mediaType']?.['@id']).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\//);
      expect(d['dcat:downloadURL']?.['@id']).toMatch(/^https:\/\/klyngeinnsikt\.example\/data\//);
    }
    const urls = distributions.map((d) => d['dcat:downloadURL']?.['@id']);
    expect(urls).toContain('https://klyngeinnsikt.example/data/download/klyngeinnsikt-evaluation-nb.csv');
    expect(urls).toContain('https://klyngeinnsikt.example/data/clusters.json');
  });
});
