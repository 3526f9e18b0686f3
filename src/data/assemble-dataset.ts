import { DataFileError, formatFieldPath } from './data-error';
import { fileNameOf, type DataFileName } from './data-files';
import { JoinProblem, joinEvaluatedCluster } from './evaluated-clusters';
import type { Cluster } from './schema/clusters';
import type { DirectoryCluster, DirectoryFile } from './schema/directory';
import type { EvaluationFile } from './schema/evaluation';
import type { Level, LevelsFile } from './schema/levels';
import type { ProgrammeFile } from './schema/programme';
import type { Source, SourcesFile } from './schema/sources';
import type { TimelineEvent, TimelineFile } from './schema/timeline';

/** Everything the app shows, validated and cross-checked. */
export interface Dataset {
  sources: readonly Source[];
  evaluation: EvaluationFile;
  /** The evaluated clusters in the article's order, joined from `directory` and `evaluation.ranking`. */
  clusters: readonly Cluster[];
  levels: readonly Level[];
  events: readonly TimelineEvent[];
  /** Every sourced cluster of the programme (clusters.json), the evaluated ones included. */
  directory: readonly DirectoryCluster[];
  /** The programme in numbers (programme.json): yearly figures, intake rounds, lists of a level at a date. */
  programme: ProgrammeFile;
}

/** Each data file as its schema outputs it (dates parsed into their parts). */
export interface DataFiles {
  sources: SourcesFile;
  evaluation: EvaluationFile;
  clusters: DirectoryFile;
  levels: LevelsFile;
  timeline: TimelineFile;
  programme: ProgrammeFile;
}

export function referenceError(name: DataFileName, path: readonly PropertyKey[], detail: string): DataFileError {
  return new DataFileError({ file: fileNameOf(name), kind: 'reference', field: formatFieldPath(path), detail });
}

export function firstDuplicate(items: readonly unknown[]): number {
  const seen = new Set<unknown>();
  return items.findIndex((item) => (seen.has(item) ? true : (seen.add(item), false)));
}

function joinRanking(evaluation: EvaluationFile, directory: readonly DirectoryCluster[]): Cluster[] {
  const indexOf = new Map(directory.map((c, index) => [c.slug, index]));
  const dupRanked = firstDuplicate(evaluation.ranking.map((r) => r.slug));
  if (dupRanked >= 0) throw referenceError('evaluation', ['ranking', dupRanked, 'slug'], 'duplicate slug');
  return evaluation.ranking.map((entry, position) => {
    if (entry.rank !== position + 1) {
      throw referenceError(
        'evaluation',
        ['ranking', position, 'rank'],
        `rank must be ${position + 1} (the article's order)`,
      );
    }
    const index = indexOf.get(entry.slug);
    const cluster = index === undefined ? undefined : directory[index];
    if (index === undefined || !cluster) {
      throw referenceError('evaluation', ['ranking', position, 'slug'], `"${entry.slug}" is not in clusters.json`);
    }
    try {
      return joinEvaluatedCluster(entry, cluster, index);
    } catch (error) {
      if (error instanceof JoinProblem) throw referenceError('clusters', error.path, error.message);
      throw error;
    }
  });
}

/**
 * The dataset the app reads, from files already checked (by their schemas and across files in
 * validate.ts, or at build time for files whose hash the client matched): the evaluated clusters joined
 * from the ranking and the directory. Holds no schema, so the hash-checked load does not fetch zod.
 */
export function assembleDataset(files: DataFiles): Dataset {
  return {
    sources: files.sources.sources,
    evaluation: files.evaluation,
    clusters: joinRanking(files.evaluation, files.clusters.clusters),
    levels: files.levels.levels,
    events: files.timeline.events,
    directory: files.clusters.clusters,
    programme: files.programme,
  };
}
