import { useMemo } from 'react';
import type { LevelId } from '../data/schema/level-ids';
import { useDataset } from '../data/use-dataset';
import { levelNames } from './levels';

/** The levels' display names from levels.json (the ids themselves until the data has loaded). */
export function useLevelNames(): Readonly<Record<LevelId, string>> {
  const levels = useDataset().data?.levels;
  return useMemo(() => levelNames(levels ?? []), [levels]);
}
