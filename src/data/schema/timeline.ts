import * as z from 'zod/mini';
import { levelId, localizedText, partialDate, sourceId } from './common';

export const timelineEventSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  date: partialDate,
  /** For an event that spans a period (2020–2023): its last year/month/day. */
  end: z.nullable(partialDate),
  kind: z.enum(['programme', 'level', 'cluster', 'evaluation', 'policy']),
  text: localizedText,
  levels: z.array(levelId),
  clusters: z.array(z.string()),
  sources: z.array(sourceId).check(z.minLength(1)),
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;

export const timelineFileSchema = z.strictObject({
  events: z.array(timelineEventSchema).check(z.minLength(1)),
});
export type TimelineFile = z.output<typeof timelineFileSchema>;
