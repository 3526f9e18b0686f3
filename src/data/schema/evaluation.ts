import * as z from 'zod/mini';
import { localizedText, sourceId } from './common';
import { shareSchema } from './clusters';
import { clusterSlug } from './directory';

const sourcedCount = z.strictObject({
  value: z.int().check(z.nonnegative()),
  source: sourceId,
});

const sourcedPercent = z.strictObject({
  value: z.number().check(z.gte(0), z.lte(100)),
  source: sourceId,
});

export const quoteSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  speaker: z.string().check(z.trim(), z.minLength(1)),
  role: localizedText,
  /** The words as published (Norwegian); `en` is our translation and is labelled as such. */
  text: localizedText,
  /** Slug of the cluster the quote belongs to, or null for the programme as a whole. */
  cluster: z.nullable(z.string()),
  source: sourceId,
});
export type Quote = z.output<typeof quoteSchema>;

/** One evaluated cluster's place in the article's list (best to worst) and its share; the cluster is in clusters.json. */
export const rankingEntrySchema = z.strictObject({
  /** 1-based position in the article's list, best to worst on international relations. */
  rank: z.int().check(z.positive()),
  slug: clusterSlug,
  share: shareSchema,
  /**
   * The sources the evaluation panel of the cluster's page lists (facts.md's, for what that page shows); the
   * directory entry in clusters.json lists every source on the cluster.
   */
  sources: z.array(sourceId).check(z.minLength(1)),
});
export type RankingEntry = z.output<typeof rankingEntrySchema>;

export const evaluationFileSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1)),
  evaluator: z.string().check(z.trim(), z.minLength(1)),
  commissionedBy: z.string().check(z.trim(), z.minLength(1)),
  source: sourceId,
  clustersEvaluated: sourcedCount,
  respondents: sourcedCount,
  stillActive: sourcedCount,
  exitPeriod: z.strictObject({
    from: z.int(),
    to: z.int(),
    source: sourceId,
  }),
  question: z.strictObject({ text: localizedText, source: sourceId }),
  /** Share of all respondents who agree fully or partly. */
  overallAgreeShare: sourcedPercent,
  findings: z.array(z.strictObject({ id: z.string().check(z.minLength(1)), text: localizedText, source: sourceId })),
  quotes: z.array(quoteSchema),
  unknowns: z
    .array(z.strictObject({ id: z.string().check(z.minLength(1)), text: localizedText }))
    .check(z.minLength(1)),
  /** The evaluated clusters in the article's order. */
  ranking: z.array(rankingEntrySchema).check(z.minLength(1)),
});
export type EvaluationFile = z.output<typeof evaluationFileSchema>;
