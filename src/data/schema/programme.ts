import * as z from 'zod/mini';
import { confidence, levelId, localizedText, partialDate, sourceId, unknownReason } from './common';
import { clusterSlug } from './directory';
import { sourcedValuesSchema } from './sourced-values';

/** What a yearly figure measures. */
export const programmeMetric = z.enum([
  /** clusters (or cluster projects) in the programme at that time, all levels or one */
  'clusters',
  /** clusters aided since the start (a running total) */
  'clusters-cumulative',
  /** money for the programme or a level, MNOK */
  'budget',
  /** firms taking part in the clusters */
  'member-firms',
  /** a change in the budget against the year before (a cut is labelled as such), MNOK */
  'budget-change',
  /** effect on members vs non-members, percentage points */
  'effect-value-creation',
  'effect-sales',
  'effect-man-years',
]);
export type ProgrammeMetric = z.output<typeof programmeMetric>;

export const figureUnit = z.enum(['clusters', 'mnok', 'firms', 'percentage-points']);

/** A sourced figure at a date (year, month or day, as the source gives it); several values where sources disagree. */
export const programmeFigureSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  metric: programmeMetric,
  /** null: the whole programme. */
  level: z.nullable(levelId),
  date: partialDate,
  /** The figure is dated somewhere from `date` to `latest` (an undated page of 2014–2019); null when dated. */
  latest: z.nullable(partialDate),
  /** A total over a span (grants 2002–2006) runs from `from` to `date`; null for a figure at one time. */
  from: z.nullable(partialDate),
  /** The source's date is approximate ("c. 2023"). */
  circa: z.boolean(),
  unit: figureUnit,
  /** What exactly the source counts, where it says ("clusters served", "cluster projects"). */
  label: localizedText,
  values: sourcedValuesSchema,
});
export type ProgrammeFigure = z.output<typeof programmeFigureSchema>;

const countOrUnknown = z.union([
  sourcedValuesSchema,
  z.strictObject({ status: z.literal('unknown'), reason: unknownReason }),
]);

/** One intake round for one level (level null: the round across levels, where only totals are given). */
export const intakeRoundSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  year: z.int(),
  /** The announcement, at the source's precision; null when not given. */
  date: z.nullable(partialDate),
  level: z.nullable(levelId),
  admitted: countOrUnknown,
  applicants: countOrUnknown,
  /** The admitted clusters the sources name (slugs in clusters.json); may be fewer than admitted. */
  clusters: z.array(clusterSlug),
  note: z.optional(localizedText),
});
export type IntakeRound = z.output<typeof intakeRoundSchema>;

/** The clusters holding a level at a date, as a list the sources give (or, I, a union of rounds). */
export const levelListSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  level: levelId,
  date: partialDate,
  /** The count the source states; null where only names are given. */
  count: z.nullable(sourcedValuesSchema),
  clusters: z.array(clusterSlug),
  confidence,
  basis: z.optional(localizedText),
  note: z.optional(localizedText),
  sources: z.array(sourceId).check(z.minLength(1)),
});
export type LevelList = z.output<typeof levelListSchema>;

/** programme.json: the programme in numbers (programme.md §3, §4). */
export const programmeFileSchema = z.strictObject({
  figures: z.array(programmeFigureSchema).check(z.minLength(1)),
  intakes: z.array(intakeRoundSchema).check(z.minLength(1)),
  lists: z.array(levelListSchema),
});
export type ProgrammeFile = z.output<typeof programmeFileSchema>;
