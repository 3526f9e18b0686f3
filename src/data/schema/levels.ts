import * as z from 'zod/mini';
import { levelId, localizedText, partialDate, sourceId, unknownReason } from './common';

export const levelCountSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('known'), value: z.int().check(z.nonnegative()), source: sourceId }),
  z.strictObject({ status: z.literal('unknown'), reason: unknownReason, source: sourceId }),
]);
export type LevelCount = z.output<typeof levelCountSchema>;

export const levelSchema = z.strictObject({
  id: levelId,
  name: z.string().check(z.trim(), z.minLength(1)),
  fullName: localizedText,
  description: z.strictObject({ text: localizedText, source: sourceId }),
  count: levelCountSchema,
  /** What the count counts, e.g. "cluster projects". */
  countUnit: localizedText,
  started: z.strictObject({ date: partialDate, source: sourceId }),
  /** Further sourced facts about the level (status as a brand, term length, first admissions). */
  facts: z.array(z.strictObject({ text: localizedText, source: sourceId })),
});
export type Level = z.output<typeof levelSchema>;

export const levelsFileSchema = z.strictObject({
  levels: z.array(levelSchema).check(z.length(4)),
});
export type LevelsFile = z.output<typeof levelsFileSchema>;
