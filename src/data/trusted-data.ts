import type { DataFileName } from './data-files';
import { toPartialDate } from './partial-date';

/**
 * What the build knows of a data file it validated (config/validated-data.ts): the SHA-256 of its bytes,
 * and where its dates are (the only places where the schemas' output differs from the JSON), as paths
 * with `*` for any array index: `clusters.*.levels.*.start.values.*.date`.
 */
export interface ValidatedFile {
  sha256: string;
  dates: readonly string[];
}
export type ValidatedData = Partial<Record<DataFileName, ValidatedFile>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The paths (array indices as `*`) where `parsed` holds a decoded date in place of the date string that
 * `raw` holds: what the client must decode to get the schemas' output from a file the build validated.
 */
export function datePathsOf(raw: unknown, parsed: unknown, path = ''): string[] {
  if (typeof raw === 'string' && isRecord(parsed) && parsed.raw === raw && 'precision' in parsed) return [path];
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    return [...new Set(raw.flatMap((item, index) => datePathsOf(item, parsed[index], join('*'))))];
  }
  if (isRecord(raw) && isRecord(parsed)) {
    return [...new Set(Object.keys(raw).flatMap((key) => datePathsOf(raw[key], parsed[key], join(key))))];
  }
  return [];
}

function decodeAt(value: unknown, keys: readonly string[]): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return typeof value === 'string' ? toPartialDate(value) : value;
  if (key === '*') {
    if (Array.isArray(value)) value.forEach((item, index) => (value[index] = decodeAt(item, rest)));
    return value;
  }
  if (isRecord(value) && key in value) value[key] = decodeAt(value[key], rest);
  return value;
}

/**
 * Decodes the dates of a freshly parsed JSON file in place, at the paths the build recorded: the
 * schemas' output, without running them. Only for a file whose hash matched (`matchesBuild`).
 */
export function decodeDates(raw: unknown, paths: readonly string[]): unknown {
  for (const path of paths) decodeAt(raw, path.split('.'));
  return raw;
}

/**
 * The first path where two JSON-like values differ, or null when they are the same.
 * The build checks with it that decoding the dates of a file gives exactly what its schema outputs.
 */
export function firstDifference(a: unknown, b: unknown, path = '(root)'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}.length`;
    for (let index = 0; index < a.length; index += 1) {
      const found = firstDifference(a[index], b[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (isRecord(a) && isRecord(b)) {
    // Key order is not compared: a schema outputs its shape's order, the file has its own.
    const keysA = Object.keys(a)
      .filter((key) => a[key] !== undefined)
      .sort();
    const keysB = Object.keys(b)
      .filter((key) => b[key] !== undefined)
      .sort();
    if (keysA.join('\n') !== keysB.join('\n')) return `${path} (keys ${keysA.join(',')} / ${keysB.join(',')})`;
    for (const key of keysA) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(a, b) ? null : path;
}

/**
 * SHA-256 of bytes as lowercase hex; null where it cannot be computed (SubtleCrypto exists only in a
 * secure context), and then the file is validated as if it differed.
 */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  // Typed as always there; undefined outside a secure context (plain http on another host than localhost).
  const subtle = globalThis.crypto.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(bytes)));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}
