import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, fileNameOf, recordOfFiles } from '../../../data/data-files';
import { parseDataset } from '../../../data/validate';
import { datasetDownloadFiles } from './dataset-download';
import { DATASET_DIR } from './dataset-files';

/**
 * Node only (the build, config/dataset-download.ts): reads `public/data/`, validates it exactly as the app
 * does (bad data fails the build), and returns the download's files by their path below the base path.
 */
export function buildDatasetDownload(root: string, site: string, built: string): Record<string, string> {
  const raw = recordOfFiles((name): unknown =>
    JSON.parse(readFileSync(join(root, 'public', 'data', fileNameOf(name)), 'utf8')),
  );
  const files = datasetDownloadFiles(parseDataset(raw), {
    downloadUrl: `${site}${DATASET_DIR}/`,
    dataUrl: `${site}data/`,
    landingPage: `${site}sources`,
    built,
    jsonFiles: DATA_FILES.map(fileNameOf),
  });
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${DATASET_DIR}/${name}`, text]));
}
