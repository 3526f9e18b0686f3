import type * as z from 'zod/mini';
import { DataFileError, formatFieldPath } from './data-error';
import { DATA_FILES, fileNameOf, type DataFileName } from './data-files';
import { clustersFileSchema, type Cluster } from './schema/clusters';
import { evaluationFileSchema, type EvaluationFile } from './schema/evaluation';
import { levelsFileSchema, type Level } from './schema/levels';
import { sourcesFileSchema, type Source } from './schema/sources';
import { timelineFileSchema, type TimelineEvent } from './schema/timeline';
import { LEVEL_IDS } from './schema/level-ids';

/** Everything the app shows, validated and cross-checked. */
export interface Dataset {
  sources: readonly Source[];
  evaluation: EvaluationFile;
  clusters: readonly Cluster[];
  levels: readonly Level[];
  events: readonly TimelineEvent[];
}

export type RawDataFiles = Record<DataFileName, unknown>;

/** The schema of each data file, keyed by the list: a file without a schema fails typecheck. */
const FILE_SCHEMAS = {
  sources: sourcesFileSchema,
  evaluation: evaluationFileSchema,
  clusters: clustersFileSchema,
  levels: levelsFileSchema,
  timeline: timelineFileSchema,
} satisfies Record<DataFileName, z.ZodMiniType>;

type ParsedFiles = { [Name in DataFileName]: z.output<(typeof FILE_SCHEMAS)[Name]> };

/** Parses one file with its schema; throws a DataFileError naming the first bad field. */
export function parseFile<S extends z.ZodMiniType>(name: DataFileName, schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new DataFileError({
    file: fileNameOf(name),
    kind: 'invalid',
    field: issue ? formatFieldPath(issue.path) || '(root)' : '(root)',
    detail: issue?.message ?? 'invalid data',
  });
}

/** Every file parsed with its schema, in the list's order (the first bad file is the one named). */
function parseFiles(raw: RawDataFiles): ParsedFiles {
  const parsed = DATA_FILES.map((name) => [name, parseFile(name, FILE_SCHEMAS[name], raw[name])] as const);
  return Object.fromEntries(parsed) as ParsedFiles;
}

function referenceError(name: DataFileName, path: readonly PropertyKey[], detail: string): DataFileError {
  return new DataFileError({ file: fileNameOf(name), kind: 'reference', field: formatFieldPath(path), detail });
}

function checkSourceIds(sourceIds: ReadonlySet<string>, name: DataFileName, value: unknown, path: PropertyKey[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkSourceIds(sourceIds, name, item, [...path, index]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source' && typeof child === 'string' && !sourceIds.has(child)) {
      throw referenceError(name, [...path, key], `unknown source id "${child}"`);
    }
    if (key === 'sources' && Array.isArray(child) && name !== 'sources') {
      child.forEach((id, index) => {
        if (typeof id === 'string' && !sourceIds.has(id)) {
          throw referenceError(name, [...path, key, index], `unknown source id "${id}"`);
        }
      });
      continue;
    }
    checkSourceIds(sourceIds, name, child, [...path, key]);
  }
}

function firstDuplicate(items: readonly unknown[]): number {
  const seen = new Set<unknown>();
  return items.findIndex((item) => (seen.has(item) ? true : (seen.add(item), false)));
}

/**
 * Validates every file with its schema, then across files: source ids resolve, slugs and ids are
 * unique, ranks run 1..n in the article's order, every level appears once, events name real clusters.
 * Throws a DataFileError for the first problem; never returns partial data.
 */
export function parseDataset(raw: RawDataFiles): Dataset {
  const files = parseFiles(raw);
  const { evaluation } = files;
  const { sources } = files.sources;
  const { clusters } = files.clusters;
  const { levels } = files.levels;
  const { events } = files.timeline;

  const dupSource = firstDuplicate(sources.map((s) => s.id));
  if (dupSource >= 0) throw referenceError('sources', ['sources', dupSource, 'id'], 'duplicate source id');
  const sourceIds = new Set(sources.map((s) => s.id));

  const dupSlug = firstDuplicate(clusters.map((c) => c.slug));
  if (dupSlug >= 0) throw referenceError('clusters', ['clusters', dupSlug, 'slug'], 'duplicate slug');
  const badRank = clusters.findIndex((c, index) => c.rank !== index + 1);
  if (badRank >= 0) {
    throw referenceError(
      'clusters',
      ['clusters', badRank, 'rank'],
      `rank must be ${badRank + 1} (the article's order)`,
    );
  }

  const badLevel = LEVEL_IDS.findIndex((id, index) => levels[index]?.id !== id);
  if (badLevel >= 0) {
    throw referenceError('levels', ['levels', badLevel, 'id'], `expected "${LEVEL_IDS[badLevel] ?? ''}" here`);
  }

  const slugs = new Set(clusters.map((c) => c.slug));
  evaluation.quotes.forEach((quote, index) => {
    if (quote.cluster !== null && !slugs.has(quote.cluster)) {
      throw referenceError('evaluation', ['quotes', index, 'cluster'], `unknown cluster "${quote.cluster}"`);
    }
  });
  const dupEvent = firstDuplicate(events.map((e) => e.id));
  if (dupEvent >= 0) throw referenceError('timeline', ['events', dupEvent, 'id'], 'duplicate event id');
  events.forEach((event, index) => {
    const unknown = event.clusters.findIndex((slug) => !slugs.has(slug));
    if (unknown >= 0) {
      throw referenceError(
        'timeline',
        ['events', index, 'clusters', unknown],
        `unknown cluster "${event.clusters[unknown] ?? ''}"`,
      );
    }
  });

  for (const name of DATA_FILES) checkSourceIds(sourceIds, name, raw[name], []);

  return { sources, evaluation, clusters, levels, events };
}
