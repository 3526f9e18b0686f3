/** The data files the app loads from `public/data/`. */
export const DATA_FILES = ['sources', 'evaluation', 'clusters', 'levels', 'timeline', 'programme'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export const fileNameOf = (name: DataFileName): string => `${name}.json`;

export type DataErrorKind = 'network' | 'http' | 'parse' | 'invalid' | 'reference';

/**
 * A data file could not be used. Names the file and, for invalid data, the first bad field
 * (`clusters[3].share.value`), so the alert can say exactly what is wrong.
 */
export class DataFileError extends Error {
  readonly file: string;
  readonly field: string | null;
  readonly kind: DataErrorKind;
  readonly status: number | null;

  constructor(options: {
    file: string;
    kind: DataErrorKind;
    detail: string;
    field?: string | null;
    status?: number | null;
  }) {
    const where = options.field ? `${options.file}: ${options.field}` : options.file;
    super(`${where}: ${options.detail}`);
    this.name = 'DataFileError';
    this.file = options.file;
    this.field = options.field ?? null;
    this.kind = options.kind;
    this.status = options.status ?? null;
  }
}

/** `['clusters', 3, 'share', 'value']` → `clusters[3].share.value` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}
