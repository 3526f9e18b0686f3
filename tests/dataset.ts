import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordOfFiles } from '../src/data/data-files';
import { parseDataset, type Dataset, type RawDataFiles } from '../src/data/validate';

/** The bundled data files as parsed JSON (for tests that corrupt them). */
export function readRawDataFiles(): RawDataFiles {
  return recordOfFiles(
    (name): unknown =>
      JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', `${name}.json`), 'utf8')) as unknown,
  );
}

/** The real, validated dataset, as the app sees it. */
export function loadBundledDataset(): Dataset {
  return parseDataset(readRawDataFiles());
}
