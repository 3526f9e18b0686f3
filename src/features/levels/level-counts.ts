import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';

/** Derived: how many of the given clusters held each level (every level present, 0 where none). */
export function countByLevel(clusters: readonly { level: LevelId }[]): Record<LevelId, number> {
  const counts = Object.fromEntries(LEVEL_IDS.map((id) => [id, 0])) as Record<LevelId, number>;
  for (const cluster of clusters) counts[cluster.level] += 1;
  return counts;
}
