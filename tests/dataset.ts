import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type DataFileName } from '../src/data/data-error';
import { parseDataset, type Dataset, type RawDataFiles } from '../src/data/validate';

/** The bundled data files as parsed JSON (for tests that corrupt them). */
export function readRawDataFiles(): RawDataFiles {
  const read = (name: DataFileName): unknown =>
    JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', `${name}.json`), 'utf8')) as unknown;
  return Object.fromEntries(DATA_FILES.map((name) => [name, read(name)])) as RawDataFiles;
}

/** The real, validated dataset, as the app sees it. */
export function loadBundledDataset(): Dataset {
  return parseDataset(readRawDataFiles());
}
