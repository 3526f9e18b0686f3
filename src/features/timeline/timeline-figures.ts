import type { LevelId } from '../../data/schema/level-ids';
import type { Dataset } from '../../data/validate';
import type { TimeSpan } from '../../domain/dates';
import { evaluatedClusters } from '../../domain/evaluated';
import { milestoneYears, toMilestones, type Milestone } from './milestones';
import { toClusterPeriods, type ClusterPeriod } from './periods';
import { directorySpans, toProgrammePeriods, type ProgrammePeriod } from './programme-periods';
import { timeDomain } from './time-scale';

export interface TimelineFigures {
  milestones: Milestone[];
  /** The years all the milestones cover ("2002–2024"), for the titles of the view and its slides. */
  years: string;
  /** The periods the level filter shows. */
  periods: ClusterPeriod[];
  /** How many periods there are without the filter. */
  allPeriods: number;
  /** Every sourced cluster's periods on the levels the filter shows (from the directory). */
  programmePeriods: ProgrammePeriod[];
  /** One axis for every figure (from all milestones and all periods), so a year sits at the same place in each. */
  domain: TimeSpan;
}

/** What the timeline figures draw, for the view and its slides alike. */
export function timelineFigures(
  dataset: Pick<Dataset, 'events' | 'clusters' | 'directory'>,
  selected: readonly LevelId[],
): TimelineFigures {
  const milestones = toMilestones(dataset.events);
  const all = toClusterPeriods(evaluatedClusters(dataset), []);
  const domain = timeDomain([
    ...milestones.map((m) => m.span),
    ...all.map((p) => p.span),
    ...directorySpans(dataset.directory),
  ]);
  const periods = selected.length === 0 ? all : toClusterPeriods(evaluatedClusters(dataset), selected);
  const evaluatedSlugs = new Set(evaluatedClusters(dataset).map((c) => c.slug));
  const programmePeriods = toProgrammePeriods(dataset.directory, evaluatedSlugs, selected, domain);
  const years = milestoneYears(milestones) ?? '';
  return { milestones, years, periods, allPeriods: all.length, programmePeriods, domain };
}

const memo = new WeakMap<object, Map<string, TimelineFigures>>();

/**
 * `timelineFigures`, made once per dataset and filter: the view's figures are two Suspense boundaries that
 * hydrate apart (timeline-view.tsx), and both draw from the same figures.
 */
export function timelineFiguresOf(
  dataset: Pick<Dataset, 'events' | 'clusters' | 'directory'>,
  selected: readonly LevelId[],
): TimelineFigures {
  const byFilter = memo.get(dataset) ?? new Map<string, TimelineFigures>();
  memo.set(dataset, byFilter);
  const key = selected.join('~');
  const hit = byFilter.get(key);
  if (hit) return hit;
  const made = timelineFigures(dataset, selected);
  byFilter.set(key, made);
  return made;
}
