import type { Lang } from '../../../i18n/lang';

/** The tidy tables of the whole-dataset download, one CSV each (ADR 064). */
export const DATASET_TABLES = [
  'clusters',
  'level-periods',
  'evaluation',
  'yearly-figures',
  'intake-rounds',
  'sources',
] as const;
export type DatasetTable = (typeof DATASET_TABLES)[number];

/** Where the build writes the download, below the base path (next to the JSON files in `data/`). */
export const DATASET_DIR = 'data/download';

/** A table's CSV in a language: nb with `;` and a decimal comma, en with `,` and a point; both UTF-8 with BOM. */
export const tableFileName = (table: DatasetTable, lang: Lang): string => `klyngeinnsikt-${table}-${lang}.csv`;

/** The data dictionary (every table and column, in Norwegian and English) and the DCAT metadata. */
export const DICTIONARY_FILE = 'klyngeinnsikt-data-dictionary.md';
export const METADATA_FILE = 'klyngeinnsikt-dcat.jsonld';
