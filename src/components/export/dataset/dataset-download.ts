import { describeSources } from '../../../data/source-facts';
import type { Dataset } from '../../../data/validate';
import { LANGS } from '../../../i18n/lang';
import { toCsv } from '../csv';
import { dataDictionary } from './dataset-dictionary';
import { DATASET_TABLES, DICTIONARY_FILE, METADATA_FILE, tableFileName } from './dataset-files';
import { datasetMetadata, type MetadataOptions } from './dataset-metadata';
import { DATASET_TABLE_SPECS } from './dataset-tables';

/**
 * Every file of the whole-dataset download, by file name (built at build time from the validated dataset,
 * config/dataset-download.ts): each tidy table as CSV in nb and en, the data dictionary and the DCAT metadata.
 */
export function datasetDownloadFiles(
  dataset: Dataset,
  options: Omit<MetadataOptions, 'tables'>,
): Record<string, string> {
  const describe = describeSources(dataset.sources);
  const files: Record<string, string> = {};
  for (const spec of DATASET_TABLE_SPECS) {
    for (const lang of LANGS) files[tableFileName(spec.name, lang)] = toCsv(spec.rows(dataset, lang), lang, describe);
  }
  files[DICTIONARY_FILE] = dataDictionary(DATASET_TABLE_SPECS);
  files[METADATA_FILE] =
    `${JSON.stringify(datasetMetadata(dataset, { ...options, tables: DATASET_TABLES }), null, 2)}\n`;
  return files;
}
