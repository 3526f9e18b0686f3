import { clustersPerLevel } from '../../domain/programme/level-counts';
import type { LevelId } from '../../data/schema/common';
import { nameCollator } from '../../i18n/format';
import type { IntakeRound } from '../../data/schema/programme';
import type { DirectoryCluster, LevelPeriod } from '../../data/schema/directory';

/** A cluster that held a level (from the directory, derived), with its periods on that level. */
export interface LevelHolder {
  slug: string;
  name: string;
  periods: LevelPeriod[];
  evaluated: boolean;
}

/** Every cluster of the directory that held the level at some time, in order of its first start (unknown last). */
export function levelHolders(
  directory: readonly DirectoryCluster[],
  level: LevelId,
  evaluatedSlugs: ReadonlySet<string>,
): { kind: 'derived'; holders: LevelHolder[] } {
  const slugs = new Set(clustersPerLevel(directory).find((c) => c.level === level)?.slugs ?? []);
  const firstStart = (periods: readonly LevelPeriod[]) =>
    periods[0]?.start.status === 'known' ? (periods[0].start.values[0]?.date.raw ?? '9999') : '9999';
  const names = nameCollator('nb');
  const holders = directory
    .filter((cluster) => slugs.has(cluster.slug))
    .map((cluster) => ({
      slug: cluster.slug,
      name: cluster.name,
      periods: cluster.levels.filter((p) => p.level === level && p.brand !== true),
      evaluated: evaluatedSlugs.has(cluster.slug),
    }))
    .sort((a, b) => firstStart(a.periods).localeCompare(firstStart(b.periods)) || names.compare(a.name, b.name));
  return { kind: 'derived', holders };
}

/** The intake rounds of a level that name their clusters, oldest first. */
export function namedIntakes(intakes: readonly IntakeRound[], level: LevelId): IntakeRound[] {
  return intakes.filter((round) => round.level === level && round.clusters.length > 0).sort((a, b) => a.year - b.year);
}

/**
 * The sources behind an intake round as listed: the round's own (its counts), or — a round whose counts are not
 * published — the sources that date each named cluster's start on the level in that year, so no date or name
 * stands without a source.
 */
export function intakeSources(round: IntakeRound, directory: readonly DirectoryCluster[]): string[] {
  const own = [round.admitted, round.applicants].flatMap((value) =>
    Array.isArray(value) ? value.map((v) => v.source) : [],
  );
  if (own.length > 0) return [...new Set(own)];
  const starts = directory
    .filter((cluster) => round.clusters.includes(cluster.slug))
    .flatMap((cluster) => cluster.levels.filter((p) => p.level === round.level))
    .flatMap((period) => (period.start.status === 'known' ? period.start.values : []))
    .filter((value) => value.date.year === round.year)
    .map((value) => value.source);
  return [...new Set(starts)];
}
