import type { LevelId } from '../../data/schema/common';
import type { HistorySegment } from '../../domain/programme/level-history';
import { edgeYears } from './directory-rows';

interface HistoryWords {
  brand: string;
  inferred: string;
  unknownStart: string;
  unknownEnd: string;
}

/**
 * One period in words at year precision: "Arena 2010–2014", "NCE 2014–" (end not published), "Arena –2014
 * (start not published)"; an inferred level says so.
 */
export function segmentText(segment: HistorySegment, levelName: Record<LevelId, string>, words: HistoryWords): string {
  const name = segment.brand ? words.brand : levelName[segment.level];
  const start = edgeYears(segment.start);
  const end = edgeYears(segment.end);
  const inferred = segment.levelInferred ? ` (${words.inferred})` : '';
  if (start === null && end === null) return `${name} (${words.unknownStart}, ${words.unknownEnd})${inferred}`;
  if (start === null) return `${name} –${end ?? ''} (${words.unknownStart})${inferred}`;
  if (end === start) return `${name} ${start}${inferred}`;
  return `${name} ${start}–${end ?? ''}${inferred}`;
}

/** A cluster's levels over time in one line: "Arena 2010–2014 → NCE 2014–". */
export function historyText(
  segments: readonly HistorySegment[],
  levelName: Record<LevelId, string>,
  words: HistoryWords,
): string {
  return segments.map((segment) => segmentText(segment, levelName, words)).join(' → ');
}
