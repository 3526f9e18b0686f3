import { LEVEL_IDS, type LevelId } from '../data/schema/level-ids';

/** The items grouped by level, every level present (an empty list where none), each group in input order. */
export function groupByLevel<T extends { level: LevelId }>(items: readonly T[]): Record<LevelId, T[]> {
  const groups = Object.fromEntries(LEVEL_IDS.map((id) => [id, [] as T[]])) as Record<LevelId, T[]>;
  for (const item of items) groups[item.level].push(item);
  return groups;
}

/** Derived: how many items hold each level (every level present, 0 where none). */
export function countByLevel(items: readonly { level: LevelId }[]): Record<LevelId, number> {
  const counts = Object.fromEntries(LEVEL_IDS.map((id) => [id, 0])) as Record<LevelId, number>;
  for (const item of items) counts[item.level] += 1;
  return counts;
}

/** Derived: an item's rank among the items of its own level (1 = best of that level), by `rank`. */
export function rankWithinLevel(
  items: readonly { slug: string; level: LevelId; rank: number }[],
  slug: string,
): { rank: number; of: number; level: LevelId } | null {
  const item = items.find((i) => i.slug === slug);
  if (!item) return null;
  const sameLevel = items.filter((i) => i.level === item.level).sort((a, b) => a.rank - b.rank);
  return { rank: sameLevel.findIndex((i) => i.slug === slug) + 1, of: sameLevel.length, level: item.level };
}

/** The levels (in the given order) that at least one item holds. */
export function levelsHeld(items: readonly { level: LevelId }[], order: readonly LevelId[] = LEVEL_IDS): LevelId[] {
  const counts = countByLevel(items);
  return order.filter((id) => counts[id] > 0);
}
