import type { Cluster, Members, When } from './schema/clusters';
import type { LocalizedText } from './schema/common';
import type { DirectoryCluster, KnownOrUnknownText, LevelPeriod } from './schema/directory';
import type { RankingEntry } from './schema/evaluation';
import type { Boundary, SourcedDate } from './schema/sourced-values';

/** Why an evaluated cluster cannot be joined: the field of its directory entry that is missing. */
export class JoinProblem extends Error {
  constructor(
    readonly path: readonly PropertyKey[],
    detail: string,
  ) {
    super(detail);
    this.name = 'JoinProblem';
  }
}

type KnownMembers = Extract<Members, { status: 'known' }>;
const PANEL_UNITS: readonly string[] = ['members', 'partners', 'companies'] satisfies KnownMembers['unit'][];
const PANEL_QUALIFIERS: readonly string[] = ['exact', 'about', 'more-than'] satisfies KnownMembers['qualifier'][];

const isPanelUnit = (unit: string): unit is KnownMembers['unit'] => PANEL_UNITS.includes(unit);
const isPanelQualifier = (qualifier: string): qualifier is KnownMembers['qualifier'] =>
  PANEL_QUALIFIERS.includes(qualifier);

/** A sourced date as the evaluation views show it: an inferred date's basis becomes its note. */
export function toWhen(value: SourcedDate): When {
  const parts = [value.confidence === 'I' ? value.basis : undefined, value.note].filter(
    (part): part is LocalizedText => part !== undefined,
  );
  const note =
    parts.length === 0 ? undefined : { nb: parts.map((p) => p.nb).join('; '), en: parts.map((p) => p.en).join('; ') };
  return {
    date: value.date,
    latest: value.latest,
    confidence: value.confidence,
    ...(note ? { note } : {}),
    source: value.source,
  };
}

/** The period the evaluation looked at: the cluster's last programme period (a brand is not a level). */
export function evaluatedPeriodIndex(levels: readonly LevelPeriod[]): number {
  for (let index = levels.length - 1; index >= 0; index -= 1) {
    if (levels[index]?.brand !== true) return index;
  }
  return -1;
}

/** The member figure the evaluation panel shows: the first one with one of its units (facts.md's). */
export function evaluationMembers(cluster: DirectoryCluster): Members {
  for (const figure of cluster.members) {
    for (const value of figure.values) {
      if (isPanelUnit(value.unit) && isPanelQualifier(value.qualifier)) {
        return {
          status: 'known',
          count: value.count,
          qualifier: value.qualifier,
          unit: value.unit,
          year: figure.date?.year ?? null,
          ...(value.note ? { note: value.note } : {}),
          source: value.source,
        };
      }
    }
  }
  return { status: 'unknown', reason: 'not-found' };
}

function firstKnown(boundary: Boundary, path: readonly PropertyKey[]): When {
  if (boundary.status === 'unknown') throw new JoinProblem(path, 'an evaluated period needs a known start and end');
  const [first] = boundary.values;
  if (!first) throw new JoinProblem(path, 'no value');
  return toWhen(first);
}

function knownText(text: KnownOrUnknownText, path: readonly PropertyKey[]): LocalizedText {
  if ('status' in text) throw new JoinProblem(path, 'an evaluated cluster needs a known value');
  return text;
}

/**
 * The evaluated clusters as today's views use them, joined from the directory and the ranking.
 * Throws a JoinProblem (with the directory path) when a directory entry lacks what the views need.
 */
export function joinEvaluatedCluster(entry: RankingEntry, cluster: DirectoryCluster, index: number): Cluster {
  const base = ['clusters', index] as const;
  const periodIndex = evaluatedPeriodIndex(cluster.levels);
  const period = cluster.levels[periodIndex];
  if (!period) throw new JoinProblem([...base, 'levels'], 'no programme period');
  return {
    rank: entry.rank,
    slug: cluster.slug,
    name: cluster.name,
    level: period.level,
    share: entry.share,
    levelEntry: firstKnown(period.start, [...base, 'levels', periodIndex, 'start']),
    exit: firstKnown(period.end, [...base, 'levels', periodIndex, 'end']),
    formerNames: cluster.formerNames,
    aliases: cluster.aliases,
    home: knownText(cluster.home, [...base, 'home']),
    sector: knownText(cluster.sector, [...base, 'sector']),
    members: evaluationMembers(cluster),
    website: cluster.website,
    sources: entry.sources,
  };
}
