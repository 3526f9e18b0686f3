/** An item of a ranking chart: its rank (1 = best) and its value, or null when not published. */
export interface RankedValue {
  rank: number;
  value: number | null;
}

/**
 * Consecutive ranks drawn as one bar when there are too many items for one bar each. Its figures are
 * derived ("avledet"/"derived" in the UI) from the published values in it; unknown values are counted,
 * never averaged in as zero.
 */
export interface RankBucket {
  fromRank: number;
  toRank: number;
  count: number;
  /** Items with a published value. */
  known: number;
  /** Items whose value is not published. */
  unknown: number;
  /** Derived from the published values; null when none is published. */
  min: number | null;
  max: number | null;
  mean: number | null;
}

export type RankingSeries<T extends RankedValue> =
  { kind: 'items'; items: readonly T[] } | { kind: 'buckets'; bucketSize: number; buckets: RankBucket[] };

/**
 * The ranking as a chart can draw it: one bar per item while there are at most `maxBars` items, else
 * at most `maxBars` bars, each for a run of consecutive ranks of equal size (the last may be shorter).
 * Pure; items need not be sorted.
 */
export function bucketByRank<T extends RankedValue>(items: readonly T[], maxBars: number): RankingSeries<T> {
  const bars = Math.max(1, Math.floor(maxBars));
  const sorted = [...items].sort((a, b) => a.rank - b.rank);
  if (sorted.length <= bars) return { kind: 'items', items: sorted };
  const bucketSize = Math.ceil(sorted.length / bars);
  const buckets: RankBucket[] = [];
  for (let start = 0; start < sorted.length; start += bucketSize) {
    buckets.push(summarise(sorted.slice(start, start + bucketSize)));
  }
  return { kind: 'buckets', bucketSize, buckets };
}

function summarise(run: readonly RankedValue[]): RankBucket {
  const values = run.flatMap((item) => (item.value === null ? [] : [item.value]));
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    fromRank: run[0]?.rank ?? 0,
    toRank: run.at(-1)?.rank ?? 0,
    count: run.length,
    known: values.length,
    unknown: run.length - values.length,
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    mean: values.length > 0 ? sum / values.length : null,
  };
}
