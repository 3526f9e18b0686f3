import type * as z from 'zod/mini';
import { assembleDataset, firstDuplicate, referenceError, type Dataset } from './assemble-dataset';
import { DataFileError, formatFieldPath } from './data-error';
import { DATA_FILES, fileNameOf, type DataFileName } from './data-files';
import { earliestOf } from './date-bounds';
import { directoryFileSchema, type DirectoryCluster } from './schema/directory';
import { evaluationFileSchema } from './schema/evaluation';
import { programmeFileSchema, type ProgrammeFile } from './schema/programme';
import { levelsFileSchema } from './schema/levels';
import { sourcesFileSchema, type Source } from './schema/sources';
import { timelineFileSchema } from './schema/timeline';
import { LEVEL_IDS } from './schema/level-ids';

export type { Dataset } from './assemble-dataset';

export type RawDataFiles = Record<DataFileName, unknown>;

/** The schema of each data file, keyed by the list: a file without a schema fails typecheck. */
const FILE_SCHEMAS = {
  sources: sourcesFileSchema,
  evaluation: evaluationFileSchema,
  clusters: directoryFileSchema,
  levels: levelsFileSchema,
  timeline: timelineFileSchema,
  programme: programmeFileSchema,
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
export function parseFiles(raw: RawDataFiles): ParsedFiles {
  const parsed = DATA_FILES.map((name) => [name, parseFile(name, FILE_SCHEMAS[name], raw[name])] as const);
  return Object.fromEntries(parsed) as ParsedFiles;
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

/** The first pair of periods on the same level that overlap (by their earliest days; unknown = open). */
function overlappingPeriod(cluster: DirectoryCluster): number {
  const spans = cluster.levels.map((period) => ({
    level: period.level,
    from: earliestOf(period.start) ?? Number.NEGATIVE_INFINITY,
    to: earliestOf(period.end) ?? Number.POSITIVE_INFINITY,
  }));
  return spans.findIndex((a, i) =>
    spans.some((b, j) => j < i && a.level === b.level && a.from < b.to && b.from < a.to),
  );
}

function checkDirectory(directory: readonly DirectoryCluster[]): void {
  const dupSlug = firstDuplicate(directory.map((c) => c.slug));
  if (dupSlug >= 0) throw referenceError('clusters', ['clusters', dupSlug, 'slug'], 'duplicate slug');
  directory.forEach((cluster, index) => {
    const overlap = overlappingPeriod(cluster);
    if (overlap >= 0) {
      throw referenceError(
        'clusters',
        ['clusters', index, 'levels', overlap, 'start'],
        'overlaps an earlier period on the same level',
      );
    }
    cluster.levels.forEach((period, p) => {
      const from = earliestOf(period.start);
      const to = earliestOf(period.end);
      if (from !== null && to !== null && to < from) {
        throw referenceError('clusters', ['clusters', index, 'levels', p, 'end'], 'ends before it starts');
      }
    });
  });
}

function checkProgramme(programme: ProgrammeFile, slugs: ReadonlySet<string>): void {
  const groups = [
    ['figures', programme.figures],
    ['intakes', programme.intakes],
    ['lists', programme.lists],
  ] as const;
  for (const [key, items] of groups) {
    const dup = firstDuplicate(items.map((item) => item.id));
    if (dup >= 0) throw referenceError('programme', [key, dup, 'id'], 'duplicate id');
  }
  for (const [key, items] of [
    ['intakes', programme.intakes],
    ['lists', programme.lists],
  ] as const) {
    items.forEach((item, index) => {
      const unknown = item.clusters.findIndex((slug) => !slugs.has(slug));
      if (unknown >= 0) {
        throw referenceError(
          'programme',
          [key, index, 'clusters', unknown],
          `unknown cluster "${item.clusters[unknown] ?? ''}"`,
        );
      }
    });
  }
}

function checkSourceAliases(sources: readonly Source[]): void {
  const ids = new Set(sources.map((s) => s.id));
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    (source.aliases ?? []).forEach((alias, a) => {
      if (ids.has(alias) || seen.has(alias)) {
        throw referenceError('sources', ['sources', index, 'aliases', a], `alias "${alias}" is already an id or alias`);
      }
      seen.add(alias);
    });
  });
}

/**
 * Validates every file with its schema, then across files: source ids resolve (no alias doubles an id),
 * slugs and ids are unique, no cluster holds one level in two overlapping periods, every evaluated
 * cluster is in the directory and ranks run 1..n in the article's order, every level appears once,
 * events, quotes and intake rounds name real clusters.
 * Throws a DataFileError for the first problem; never returns partial data.
 */
export function parseDataset(raw: RawDataFiles): Dataset {
  const files = parseFiles(raw);
  const { evaluation, programme } = files;
  const { sources } = files.sources;
  const { clusters: directory } = files.clusters;
  const { levels } = files.levels;
  const { events } = files.timeline;

  const dupSource = firstDuplicate(sources.map((s) => s.id));
  if (dupSource >= 0) throw referenceError('sources', ['sources', dupSource, 'id'], 'duplicate source id');
  checkSourceAliases(sources);
  const sourceIds = new Set(sources.map((s) => s.id));

  checkDirectory(directory);
  // The join checks the ranking against the directory: it runs here, in the order the checks had.
  const dataset = assembleDataset(files);

  const badLevel = LEVEL_IDS.findIndex((id, index) => levels[index]?.id !== id);
  if (badLevel >= 0) {
    throw referenceError('levels', ['levels', badLevel, 'id'], `expected "${LEVEL_IDS[badLevel] ?? ''}" here`);
  }

  const slugs = new Set(directory.map((c) => c.slug));
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
  checkProgramme(programme, slugs);

  for (const name of DATA_FILES) checkSourceIds(sourceIds, name, raw[name], []);

  return dataset;
}
