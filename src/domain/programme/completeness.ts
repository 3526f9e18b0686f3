import type { DirectoryCluster } from '../../data/schema/directory';
import type { ProgrammeFigure } from '../../data/schema/programme';

/**
 * "N clusters with a source, of about 100 that have taken part": N is counted here from the directory
 * (derived); the total is the latest sourced running total of the whole programme (programme.json), with
 * its values and sources as they are, or null when there is none.
 */
export interface Completeness {
  withSource: { kind: 'derived'; count: number };
  total: ProgrammeFigure | null;
}

export function directoryCompleteness(
  directory: readonly DirectoryCluster[],
  figures: readonly ProgrammeFigure[],
): Completeness {
  const totals = figures.filter(
    (figure) => figure.metric === 'clusters-cumulative' && figure.level === null && figure.latest === null,
  );
  const total = totals.reduce<ProgrammeFigure | null>(
    (latest, figure) => (latest === null || figure.date.raw > latest.date.raw ? figure : latest),
    null,
  );
  return {
    withSource: { kind: 'derived', count: directory.filter((cluster) => cluster.sources.length > 0).length },
    total,
  };
}
