import type { Confidence, LevelId, LocalizedText, PartialDate } from '../../data/schema/common';
import type { Cluster, When } from '../../data/schema/clusters';
import { matchesLevels } from '../../state/filters/filter-state';
import { isUncertain, rangeSpan, type TimeSpan } from '../../domain/dates';

/** One end of a period: when, as precisely as the source says, and what that covers on the axis. */
export interface PeriodEnd {
  date: PartialDate;
  latest: PartialDate | null;
  /** Everything the date (or range) covers. */
  span: TimeSpan;
  /** A year or a range: drawn as an uncertain stretch, never as a point. */
  uncertain: boolean;
  confidence: Confidence;
  note: LocalizedText | null;
  source: string;
}

export type SegmentKind = 'entry-range' | 'held' | 'exit-range';

export interface PeriodSegment {
  kind: SegmentKind;
  span: TimeSpan;
}

/** An evaluated cluster's period at its level, from its entry to its exit. */
export interface ClusterPeriod {
  slug: string;
  name: string;
  level: LevelId;
  rank: number;
  entry: PeriodEnd;
  exit: PeriodEnd;
  /** The bar: an uncertain entry stretch (if any), the time surely held, an uncertain exit stretch (if any). */
  segments: PeriodSegment[];
  /** The whole bar, from the earliest possible entry to the latest possible exit. */
  span: TimeSpan;
}

function toPeriodEnd(when: When): PeriodEnd {
  return {
    date: when.date,
    latest: when.latest,
    span: rangeSpan(when.date, when.latest),
    uncertain: isUncertain(when.date, when.latest),
    confidence: when.confidence,
    note: when.note ?? null,
    source: when.source,
  };
}

/** The drawable segments between an entry and an exit; zero-length segments are left out. */
export function periodSegments(entry: PeriodEnd, exit: PeriodEnd): PeriodSegment[] {
  const heldStart = entry.uncertain ? entry.span.end : entry.span.start;
  const heldEnd = exit.uncertain ? exit.span.start : exit.span.end;
  const segments: PeriodSegment[] = [];
  if (entry.uncertain) segments.push({ kind: 'entry-range', span: entry.span });
  if (heldEnd > heldStart) segments.push({ kind: 'held', span: { start: heldStart, end: heldEnd } });
  if (exit.uncertain) segments.push({ kind: 'exit-range', span: exit.span });
  return segments;
}

export function toClusterPeriod(cluster: Cluster): ClusterPeriod {
  const entry = toPeriodEnd(cluster.levelEntry);
  const exit = toPeriodEnd(cluster.exit);
  return {
    slug: cluster.slug,
    name: cluster.name,
    level: cluster.level,
    rank: cluster.rank,
    entry,
    exit,
    segments: periodSegments(entry, exit),
    span: { start: entry.span.start, end: Math.max(entry.span.end, exit.span.end) },
  };
}

/** The periods of the clusters at the selected levels (empty selection = all), earliest entry first. */
export function toClusterPeriods(clusters: readonly Cluster[], levels: readonly LevelId[]): ClusterPeriod[] {
  return clusters
    .filter((cluster) => matchesLevels(levels, cluster.level))
    .map(toClusterPeriod)
    .sort((a, b) => a.span.start - b.span.start || a.rank - b.rank);
}
