import { earliestOf, latestOf, type DayNumber } from '../../data/date-bounds';
import type { LevelId } from '../../data/schema/common';
import type { Boundary } from '../../data/schema/sourced-values';
import type { DirectoryCluster, LevelPeriod } from '../../data/schema/directory';

/** One end of a strip segment: the days it may fall on, or unknown (drawn and written as unknown). */
export type SegmentEdge =
  { known: true; earliest: DayNumber; latest: DayNumber; inferred: boolean; conflicting: boolean } | { known: false };

export interface HistorySegment {
  level: LevelId;
  brand: boolean;
  /** The level itself is inferred (its basis is on the period). */
  levelInferred: boolean;
  start: SegmentEdge;
  end: SegmentEdge;
  period: LevelPeriod;
}

function edgeOf(boundary: Boundary): SegmentEdge {
  const earliest = earliestOf(boundary);
  const latest = latestOf(boundary);
  if (boundary.status === 'unknown' || earliest === null || latest === null) return { known: false };
  return {
    known: true,
    earliest,
    latest,
    inferred: boundary.values.some((value) => value.confidence === 'I'),
    conflicting: boundary.values.length > 1,
  };
}

const sortKey = (segment: HistorySegment): number =>
  segment.start.known ? segment.start.earliest : segment.end.known ? segment.end.earliest : Number.POSITIVE_INFINITY;

/** A cluster's levels over time, oldest first, for a timeline strip: uncertain and unknown ends kept as such. */
export function levelHistory(cluster: DirectoryCluster): HistorySegment[] {
  return cluster.levels
    .map((period) => ({
      level: period.level,
      brand: period.brand === true,
      levelInferred: period.levelBasis !== undefined,
      start: edgeOf(period.start),
      end: edgeOf(period.end),
      period,
    }))
    .sort((a, b) => sortKey(a) - sortKey(b));
}
