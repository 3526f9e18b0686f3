import { earliestOf, latestOf, type DayNumber } from '../../data/date-bounds';
import type { LevelId } from '../../data/schema/common';
import type { DirectoryCluster, LevelPeriod } from '../../data/schema/directory';

/**
 * Whether a period held its level on a day: `yes` when the sources put the day inside it; `open-end` when it
 * had surely started and its end is not known; `maybe` when an uncertain or unknown date leaves it open;
 * `no` otherwise. Never guessed into a yes or a no.
 */
export type Holding = 'yes' | 'open-end' | 'maybe' | 'no';

export function periodHolds(period: LevelPeriod, day: DayNumber): Holding {
  const startEarliest = earliestOf(period.start);
  const startLatest = latestOf(period.start);
  const endEarliest = earliestOf(period.end);
  const endLatest = latestOf(period.end);
  const surelyStarted = startLatest !== null && startLatest <= day;
  const surelyRunning = endEarliest !== null && day < endEarliest;
  if (surelyStarted && surelyRunning) return 'yes';
  if (surelyStarted && period.end.status === 'unknown') return 'open-end';
  const mayHaveStarted = startEarliest === null || startEarliest <= day;
  const mayBeRunning = endLatest === null || day <= endLatest;
  return mayHaveStarted && mayBeRunning ? 'maybe' : 'no';
}

export interface HoldingClusters {
  /** The sources put the day inside one of the cluster's periods on the level. */
  certain: DirectoryCluster[];
  /** The cluster had surely started on the level and the sources give no end. */
  openEnded: DirectoryCluster[];
  /** An uncertain (or unknown) start or end leaves it open. */
  uncertain: DirectoryCluster[];
}

/**
 * The clusters holding a level on a day (a DayNumber: `firstDayOf(date)` of a partial date). NCE as a brand
 * (from 2019) counts only with `includeBrand`.
 */
export function clustersHoldingLevel(
  directory: readonly DirectoryCluster[],
  level: LevelId,
  day: DayNumber,
  { includeBrand = false }: { includeBrand?: boolean } = {},
): HoldingClusters {
  const result: HoldingClusters = { certain: [], openEnded: [], uncertain: [] };
  for (const cluster of directory) {
    const answers = cluster.levels
      .filter((period) => period.level === level && (includeBrand || period.brand !== true))
      .map((period) => periodHolds(period, day));
    if (answers.includes('yes')) result.certain.push(cluster);
    else if (answers.includes('open-end')) result.openEnded.push(cluster);
    else if (answers.includes('maybe')) result.uncertain.push(cluster);
  }
  return result;
}
