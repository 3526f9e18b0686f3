import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { DirectoryCluster } from '../../data/schema/directory';
import type { Boundary } from '../../data/schema/sourced-values';
import { matchesLevels } from '../../state/filters/filter-state';
import type { PeriodSegment } from './periods';
import { isUncertain, rangeSpan, type TimeSpan } from '../../domain/dates';
import { nameCollator } from '../../i18n/format';

/** One cluster's period on one level, from the directory: start and end as the sources give them (or unknown). */
export interface ProgrammePeriod {
  key: string;
  slug: string;
  name: string;
  level: LevelId;
  /** Among the 19 of the 2024 evaluation (those have a page). */
  evaluated: boolean;
  /** The level itself is inferred (from a name prefix, say). */
  levelInferred: boolean;
  start: Boundary;
  end: Boundary;
  /** Drawn pieces: an unknown or uncertain start or end is a hatched stretch, never an invented date. */
  segments: PeriodSegment[];
  /** The whole bar; null when neither start nor end is known (nothing is drawn). */
  span: TimeSpan | null;
  sources: string[];
}

/** What a known boundary covers: every value's range (sources that disagree widen it), and whether it is a point. */
export function boundarySpan(boundary: Boundary): { span: TimeSpan; uncertain: boolean } | null {
  if (boundary.status === 'unknown') return null;
  const spans = boundary.values.map((v) => rangeSpan(v.date, v.latest));
  const first = boundary.values[0];
  return {
    span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
    uncertain: boundary.values.length > 1 || (first !== undefined && isUncertain(first.date, first.latest)),
  };
}

/** The segments and bar of a period; an unknown start runs from the axis start, an unknown end to the axis end. */
export function programmeSegments(
  start: Boundary,
  end: Boundary,
  domain: TimeSpan,
): { segments: PeriodSegment[]; span: TimeSpan | null } {
  const s = boundarySpan(start);
  const e = boundarySpan(end);
  if (s === null && e === null) return { segments: [], span: null };
  const startSpan = s?.span ?? { start: domain.start, end: e?.span.start ?? domain.start };
  const endSpan = e?.span ?? { start: startSpan.end, end: domain.end };
  const startUncertain = s === null || s.uncertain;
  const endUncertain = e === null || e.uncertain;
  const heldStart = startUncertain ? startSpan.end : startSpan.start;
  const heldEnd = endUncertain ? endSpan.start : endSpan.end;
  const segments: PeriodSegment[] = [];
  if (startUncertain) segments.push({ kind: 'entry-range', span: startSpan });
  if (heldEnd > heldStart) segments.push({ kind: 'held', span: { start: heldStart, end: heldEnd } });
  if (endUncertain) segments.push({ kind: 'exit-range', span: endSpan });
  return { segments, span: { start: startSpan.start, end: Math.max(startSpan.end, endSpan.end) } };
}

/** Every known span of the directory's periods (for the shared time axis). */
export function directorySpans(directory: readonly DirectoryCluster[]): TimeSpan[] {
  return directory.flatMap((c) =>
    c.levels.flatMap((p) => [boundarySpan(p.start), boundarySpan(p.end)].flatMap((b) => (b ? [b.span] : []))),
  );
}

const sourcesOf = (boundary: Boundary) => (boundary.status === 'known' ? boundary.values.map((v) => v.source) : []);

/**
 * Every sourced cluster's periods on the selected levels (empty = all), grouped by level (programme order),
 * earliest start first within a level; unknown starts last. NCE as a brand is not a level and is left out.
 */
export function toProgrammePeriods(
  directory: readonly DirectoryCluster[],
  evaluatedSlugs: ReadonlySet<string>,
  levels: readonly LevelId[],
  domain: TimeSpan,
): ProgrammePeriod[] {
  const rows = directory.flatMap((cluster) =>
    cluster.levels
      .filter((period) => period.brand !== true && matchesLevels(levels, period.level))
      .map((period, index) => ({
        key: `${cluster.slug}-${period.level}-${index}`,
        slug: cluster.slug,
        name: cluster.name,
        level: period.level,
        evaluated: evaluatedSlugs.has(cluster.slug),
        levelInferred: period.levelBasis !== undefined,
        start: period.start,
        end: period.end,
        ...programmeSegments(period.start, period.end, domain),
        sources: [...new Set([...sourcesOf(period.start), ...sourcesOf(period.end)])],
      })),
  );
  // Sort keys made once per row, and one collator: `localeCompare(…, 'nb')` in a comparator looks up a
  // collator on each of some 700 comparisons (≈ 20 ms of a phone's hydration on /timeline).
  const keyed = rows.map((row) => ({
    row,
    level: LEVEL_IDS.indexOf(row.level),
    start: boundarySpan(row.start)?.span.start ?? Number.POSITIVE_INFINITY,
  }));
  const names = nameCollator('nb');
  return keyed
    .sort((a, b) => a.level - b.level || a.start - b.start || names.compare(a.row.name, b.row.name))
    .map((k) => k.row);
}
