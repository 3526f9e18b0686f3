import * as z from 'zod/mini';
import { confidence, levelId, localizedText, partialDate, sourceId, unknownReason } from './common';

/** A published share (0–100 %), or explicitly unknown. Never 0 for unknown. */
export const shareSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('published'), value: z.number().check(z.gte(0), z.lte(100)), source: sourceId }),
  z.strictObject({ status: z.literal('unknown'), reason: unknownReason, source: sourceId }),
]);
export type Share = z.output<typeof shareSchema>;

export const membersSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('known'),
    count: z.int().check(z.positive()),
    qualifier: z.enum(['exact', 'about', 'more-than']),
    unit: z.enum(['members', 'partners', 'companies']),
    year: z.nullable(z.int()),
    note: z.optional(localizedText),
    source: sourceId,
  }),
  z.strictObject({ status: z.literal('unknown'), reason: unknownReason }),
]);
export type Members = z.output<typeof membersSchema>;

/** When something happened: a date, or an uncertain range from `date` to `latest`. */
export const whenSchema = z.strictObject({
  date: partialDate,
  latest: z.nullable(partialDate),
  confidence,
  note: z.optional(localizedText),
  source: sourceId,
});
export type When = z.output<typeof whenSchema>;

/**
 * An evaluated cluster as the ranking, level and timeline views use it: joined in code from its entry in
 * clusters.json (the directory) and its place in evaluation.json (`joinEvaluatedClusters`). Not a file.
 */
export const clusterSchema = z.strictObject({
  /** 1-based position in the article's list, best to worst on international relations. */
  rank: z.int().check(z.positive()),
  slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug')),
  name: z.string().check(z.trim(), z.minLength(1)),
  level: levelId,
  share: shareSchema,
  levelEntry: whenSchema,
  /** Leaving the programme; for most only the range 2020–2023 is published. */
  exit: whenSchema,
  formerNames: z.array(z.string().check(z.trim(), z.minLength(1))),
  /** Other names the sources use for the cluster today (the article calls NCE Media "Medieklyngen"). Searchable. */
  aliases: z.array(z.string().check(z.trim(), z.minLength(1))),
  home: localizedText,
  sector: localizedText,
  members: membersSchema,
  website: z.nullable(z.url({ protocol: /^https?$/ })),
  sources: z.array(sourceId).check(z.minLength(1)),
});
export type Cluster = z.output<typeof clusterSchema>;
