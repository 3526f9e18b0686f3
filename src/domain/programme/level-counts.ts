import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { DirectoryCluster } from '../../data/schema/directory';

/**
 * How many clusters of the directory have held each level at some time: counted in code from the sourced
 * periods (`kind: 'derived'`), so a view labels it as derived and never mixes it with a sourced count
 * (programme.json's figures). NCE as a brand (from 2019) is not a programme level and is left out.
 */
export interface DerivedLevelCount {
  kind: 'derived';
  level: LevelId;
  count: number;
  slugs: string[];
}

export function clustersPerLevel(directory: readonly DirectoryCluster[]): DerivedLevelCount[] {
  return LEVEL_IDS.map((level) => {
    const slugs = directory
      .filter((cluster) => cluster.levels.some((period) => period.level === level && period.brand !== true))
      .map((cluster) => cluster.slug);
    return { kind: 'derived', level, count: slugs.length, slugs };
  });
}
