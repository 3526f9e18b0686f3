import * as z from 'zod';
import { localizedText, sourceId } from './common';

const sourcedCount = z.strictObject({
  value: z.number().int().nonnegative(),
  source: sourceId,
});

const sourcedPercent = z.strictObject({
  value: z.number().min(0).max(100),
  source: sourceId,
});

export const quoteSchema = z.strictObject({
  id: z.string().min(1),
  speaker: z.string().trim().min(1),
  role: localizedText,
  /** The words as published (Norwegian); `en` is our translation and is labelled as such. */
  text: localizedText,
  /** Slug of the cluster the quote belongs to, or null for the programme as a whole. */
  cluster: z.string().nullable(),
  source: sourceId,
});
export type Quote = z.output<typeof quoteSchema>;

export const evaluationFileSchema = z.strictObject({
  title: z.string().trim().min(1),
  evaluator: z.string().trim().min(1),
  commissionedBy: z.string().trim().min(1),
  source: sourceId,
  clustersEvaluated: sourcedCount,
  respondents: sourcedCount,
  stillActive: sourcedCount,
  exitPeriod: z.strictObject({
    from: z.number().int(),
    to: z.number().int(),
    source: sourceId,
  }),
  question: z.strictObject({ text: localizedText, source: sourceId }),
  /** Share of all respondents who agree fully or partly. */
  overallAgreeShare: sourcedPercent,
  findings: z.array(z.strictObject({ id: z.string().min(1), text: localizedText, source: sourceId })),
  quotes: z.array(quoteSchema),
  unknowns: z.array(z.strictObject({ id: z.string().min(1), text: localizedText })).min(1),
});
export type EvaluationFile = z.output<typeof evaluationFileSchema>;
