export function syntheticDataset(
  dataDir: string,
  total: number,
): { clusters: { clusters: Record<string, unknown>[] }; evaluation: Record<string, unknown> & { ranking: unknown[] } };
export function writeSyntheticDatasets(
  dataDir: string,
  sizes: number[],
): { dir: string; files: Map<number, { clustersFile: string; evaluationFile: string }> };
