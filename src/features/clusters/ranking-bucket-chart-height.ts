/** Height of the aggregated ranking chart: a band per bucket plus room for the axis and the reference label. */
export function bucketChartHeight(buckets: number): number {
  return Math.max(160, buckets * 26 + 72);
}
