/**
 * The data files the app loads from `public/data/`: the one list. Adding a file is one entry here plus its
 * schema in `FILE_SCHEMAS` (src/data/validate.ts, a record keyed by this list, so a missing schema fails
 * typecheck). Loading, validation, the source-id check, the prerender and the bench all read this list.
 */
export const DATA_FILES = ['sources', 'evaluation', 'clusters', 'levels', 'timeline', 'programme'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export const fileNameOf = (name: DataFileName): string => `${name}.json`;

/** One value per data file, keyed by the list (an object built from `DATA_FILES.map`). */
export function recordOfFiles<T>(valueOf: (name: DataFileName) => T): Record<DataFileName, T> {
  return Object.fromEntries(DATA_FILES.map((name) => [name, valueOf(name)])) as Record<DataFileName, T>;
}
