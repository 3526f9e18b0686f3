/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/data/data-error';
import { parseDataset, type Dataset, type RawDataFiles } from '../../src/data/validate';

/** The bundled, validated dataset (public/data), for unit tests of pure functions over real data. */
export function bundledDataset(): Dataset {
  const files = {} as RawDataFiles;
  for (const name of DATA_FILES) {
    files[name] = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', `${name}.json`), 'utf8')) as unknown;
  }
  return parseDataset(files);
}
