import type { Dataset } from '../../../data/validate';
import { newestSourceDate } from '../../../data/source-facts';
import { LANGS } from '../../../i18n/lang';
import { DATA_LICENCE, datasetTitle } from '../citation';
import { DICTIONARY_FILE, tableFileName, type DatasetTable } from './dataset-files';

const DESCRIPTION = {
  nb: 'Innovasjon Norges klyngeprogram (2002–2024) og Menon Economics’ evaluering av 19 klynger (2024): klynger, nivåperioder, evalueringen, programmet i tall, opptaksrunder og kilder. Hver verdi har en kilde; ukjente verdier er merket, aldri 0.',
  en: 'Innovation Norway’s cluster programme (2002–2024) and Menon Economics’ evaluation of 19 clusters (2024): clusters, level periods, the evaluation, the programme in numbers, intake rounds and sources. Every value has a source; unknown values are marked, never 0.',
};

const MEDIA_TYPE = {
  csv: 'https://www.iana.org/assignments/media-types/text/csv',
  json: 'https://www.iana.org/assignments/media-types/application/json',
  markdown: 'https://www.iana.org/assignments/media-types/text/markdown',
} as const;

const inBoth = (text: Record<'nb' | 'en', string>) =>
  LANGS.map((lang) => ({ '@value': text[lang], '@language': lang }));

/** A partial date as an XSD literal at its precision (gYear, gYearMonth or date). */
const xsdDate = (raw: string) => ({
  '@value': raw,
  '@type': raw.length === 4 ? 'xsd:gYear' : raw.length === 7 ? 'xsd:gYearMonth' : 'xsd:date',
});

export interface MetadataOptions {
  /** Absolute URL of the download folder, with a trailing slash. */
  downloadUrl: string;
  /** Absolute URL of the JSON files' folder (`data/`), with a trailing slash. */
  dataUrl: string;
  /** Absolute URL of the /sources page (the landing page). */
  landingPage: string;
  /** The build's day, YYYY-MM-DD (issued and modified). */
  built: string;
  tables: readonly DatasetTable[];
  jsonFiles: readonly string[];
}

/**
 * DCAT metadata of the whole dataset as JSON-LD (after DCAT-AP-NO): title and description in both languages,
 * publisher, licence, temporal coverage (the first programme event to the newest source date, derived),
 * issued/modified, and one distribution per file with its media type and download URL.
 */
export function datasetMetadata(dataset: Dataset, options: MetadataOptions): Record<string, unknown> {
  const first = dataset.events.reduce(
    (min, e) => (e.date.raw < min ? e.date.raw : min),
    dataset.events[0]?.date.raw ?? '',
  );
  const newest = newestSourceDate(dataset.sources);
  const distribution = (title: Record<'nb' | 'en', string>, url: string, mediaType: string) => ({
    '@type': 'dcat:Distribution',
    'dct:title': inBoth(title),
    'dcat:downloadURL': { '@id': url },
    'dcat:accessURL': { '@id': options.landingPage },
    'dcat:mediaType': { '@id': mediaType },
    'dct:license': { '@id': DATA_LICENCE.url },
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${options.downloadUrl}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:title': inBoth({ nb: datasetTitle('nb'), en: datasetTitle('en') }),
    'dct:description': inBoth(DESCRIPTION),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'Klyngeinnsikt' },
    'dct:license': { '@id': DATA_LICENCE.url },
    'dct:language': LANGS.map((lang) => ({ '@id': `http://id.loc.gov/vocabulary/iso639-1/${lang}` })),
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': xsdDate(first),
      ...(newest ? { 'dcat:endDate': xsdDate(newest.raw) } : {}),
    },
    'dct:issued': xsdDate(options.built),
    'dct:modified': xsdDate(options.built),
    'dcat:landingPage': { '@id': options.landingPage },
    'dcat:distribution': [
      ...options.tables.flatMap((table) =>
        LANGS.map((lang) =>
          distribution(
            { nb: `${table} (CSV, ${lang})`, en: `${table} (CSV, ${lang})` },
            `${options.downloadUrl}${tableFileName(table, lang)}`,
            MEDIA_TYPE.csv,
          ),
        ),
      ),
      ...options.jsonFiles.map((file) =>
        distribution(
          { nb: `${file} (JSON, som appen leser)`, en: `${file} (JSON, as the app reads it)` },
          `${options.dataUrl}${file}`,
          MEDIA_TYPE.json,
        ),
      ),
      distribution(
        { nb: 'Dataordbok', en: 'Data dictionary' },
        `${options.downloadUrl}${DICTIONARY_FILE}`,
        MEDIA_TYPE.markdown,
      ),
    ],
  };
}
