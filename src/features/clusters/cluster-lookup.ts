/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** A name as a slug would spell it: "NCE Micro- and Nanotechnology" → "nce-micro-and-nanotechnology". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The clusters whose slug (or a former name, spelt as a slug) is nearest to a slug that matched none (a typo
 * such as "nce-medai", or a renamed cluster's old name), best first. A candidate counts when its distance is
 * small for its length, or when one slug contains the other.
 */
export function nearestSlugs<T extends { slug: string; formerNames?: readonly string[] }>(
  input: string,
  clusters: readonly T[],
  limit = 3,
): T[] {
  const needle = input.toLowerCase().slice(0, 80);
  if (needle === '') return [];
  return clusters
    .map((cluster) => {
      const keys = [cluster.slug, ...(cluster.formerNames ?? []).map(slugOf).filter((key) => key !== '')];
      const scored = keys.map((key) => {
        const distance = editDistance(needle, key);
        const contains = key.includes(needle) || needle.includes(key);
        const threshold = Math.max(2, Math.floor(key.length / 3));
        return { score: contains ? Math.min(distance, 1) : distance, ok: contains || distance <= threshold };
      });
      const best = scored.filter((s) => s.ok).sort((a, b) => a.score - b.score)[0];
      return { cluster, score: best?.score ?? Infinity, ok: best !== undefined };
    })
    .filter((c) => c.ok)
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((c) => c.cluster);
}
