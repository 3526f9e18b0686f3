import * as z from 'zod/mini';
import { levelId, localizedText, partialDate, sourceId, unknownReason } from './common';
import { boundarySchema, qualifierSchema } from './sourced-values';

/** A text the sources do not give: explicit, with a reason, never left blank. */
const unknownText = z.strictObject({ status: z.literal('unknown'), reason: unknownReason });

/** Text shown to users, or explicitly unknown. */
export const knownOrUnknownText = z.union([localizedText, unknownText]);
export type KnownOrUnknownText = z.output<typeof knownOrUnknownText>;

export const clusterSlug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug'));

/** One spell on one level: start and end at the precision the sources give, or explicitly unknown. */
export const levelPeriodSchema = z.strictObject({
  level: levelId,
  start: boundarySchema,
  end: boundarySchema,
  /** From 2019 NCE is a brand a cluster qualifies for, not a programme level (programme.md §4). */
  brand: z.optional(z.literal(true)),
  /** Present when the level itself is inferred (e.g. from a name prefix): the basis shown in the UI. */
  levelBasis: z.optional(localizedText),
  note: z.optional(localizedText),
});
export type LevelPeriod = z.output<typeof levelPeriodSchema>;

export const memberUnit = z.enum(['members', 'partners', 'companies', 'firms', 'actors', 'participants', 'people']);
export type MemberUnit = z.output<typeof memberUnit>;

/** A member count as one source gives it ("partners", "firms"… kept as worded). */
export const memberValueSchema = z.strictObject({
  count: z.int().check(z.positive()),
  qualifier: qualifierSchema,
  unit: memberUnit,
  note: z.optional(localizedText),
  source: sourceId,
});
export type MemberValue = z.output<typeof memberValueSchema>;

/**
 * Members at one date (null: the source gives none; `circa`: the source's date is approximate). Two values
 * at one date are two sources that disagree: both are kept. For an evaluated cluster, the first figure with
 * a unit of the evaluation panel (members, partners, companies) is the one facts.md gives.
 */
export const memberFigureSchema = z.strictObject({
  date: z.nullable(partialDate),
  circa: z.boolean(),
  values: z.array(memberValueSchema).check(z.minLength(1)),
});
export type MemberFigure = z.output<typeof memberFigureSchema>;

export const directoryClusterSchema = z.strictObject({
  slug: clusterSlug,
  name: z.string().check(z.trim(), z.minLength(1)),
  formerNames: z.array(z.string().check(z.trim(), z.minLength(1))),
  /** Other names the sources use for the same cluster (search finds them too). */
  aliases: z.array(z.string().check(z.trim(), z.minLength(1))),
  home: knownOrUnknownText,
  county: knownOrUnknownText,
  sector: knownOrUnknownText,
  levels: z.array(levelPeriodSchema).check(z.minLength(1)),
  members: z.array(memberFigureSchema),
  website: z.nullable(z.url({ protocol: /^https?$/ })),
  note: z.optional(localizedText),
  sources: z.array(sourceId).check(z.minLength(1)),
});
export type DirectoryCluster = z.output<typeof directoryClusterSchema>;

/** clusters.json: every sourced cluster of the programme, once (programme.md §2; facts.md for the 19). */
export const directoryFileSchema = z.strictObject({
  clusters: z.array(directoryClusterSchema).check(z.minLength(1)),
});
export type DirectoryFile = z.output<typeof directoryFileSchema>;
