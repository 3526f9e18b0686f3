/** The clusters before and after `slug` in ranking order (null at either end, or if the slug is unknown). */
export function neighbours<T extends { slug: string; rank: number }>(
  clusters: readonly T[],
  slug: string,
): { previous: T | null; next: T | null } {
  const ordered = [...clusters].sort((a, b) => a.rank - b.rank);
  const index = ordered.findIndex((c) => c.slug === slug);
  if (index < 0) return { previous: null, next: null };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}
