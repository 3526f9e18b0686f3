import { DATA_FILES, fileNameOf, recordOfFiles, type DataFileName } from './data-files';
import { datePathsOf, decodeDates, firstDifference } from './trusted-data';
import { parseDataset, parseFiles, type RawDataFiles } from './validate';

export { DATA_FILES, fileNameOf };

/**
 * What the production build runs over the data files (config/validated-data.ts, ADR 034): the full
 * validation (a bad file throws the DataFileError the app's alert would show), then, per file, where its
 * dates are, after proving that decoding them there gives exactly the schema's output; anything else a
 * schema changes (a trimmed string, a stripped key) throws, naming the file and path.
 * `read` returns freshly parsed files each call (decoding works in place).
 */
export function datePathsForClient(read: () => RawDataFiles): Record<DataFileName, readonly string[]> {
  parseDataset(read());
  const parsed = parseFiles(read());
  return recordOfFiles((name) => {
    const dates = datePathsOf(read()[name], parsed[name]);
    const difference = firstDifference(decodeDates(read()[name], dates), parsed[name]);
    if (difference !== null) {
      throw new Error(
        `${fileNameOf(name)}: at ${difference} its schema's output differs from the file beyond its dates, ` +
          'so the client could not use it without running the schema',
      );
    }
    return dates;
  });
}
