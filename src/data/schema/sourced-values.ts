import * as z from 'zod/mini';
import { localizedText, partialDate, sourceId, unknownReason } from './common';

/**
 * Shapes shared by the programme files (clusters.json, programme.json): a value always carries its source
 * and its confidence; an inferred value (I) carries the basis the UI shows; where sources disagree, a
 * `values` list holds every value with its own source (never one picked).
 */

/** Why an inferred value was inferred: shown wherever the value is shown. */
const basis = localizedText;

/** A sourced date (or an uncertain range from `date` to `latest`), stated (S) or inferred (I, with its basis). */
export const sourcedDateSchema = z.discriminatedUnion('confidence', [
  z.strictObject({
    confidence: z.literal('S'),
    date: partialDate,
    latest: z.nullable(partialDate),
    note: z.optional(localizedText),
    source: sourceId,
  }),
  z.strictObject({
    confidence: z.literal('I'),
    date: partialDate,
    latest: z.nullable(partialDate),
    basis,
    note: z.optional(localizedText),
    source: sourceId,
  }),
]);
export type SourcedDate = z.output<typeof sourcedDateSchema>;

/**
 * The start or end of a period: known (one value, or several where sources disagree), or explicitly unknown
 * (never guessed).
 */
export const boundarySchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('known'), values: z.array(sourcedDateSchema).check(z.minLength(1)) }),
  z.strictObject({ status: z.literal('unknown'), reason: unknownReason, note: z.optional(localizedText) }),
]);
export type Boundary = z.output<typeof boundarySchema>;

/** How the source words a number: "~150" is about, ">100" more-than, "close to 2,500" close-to. */
export const qualifierSchema = z.enum(['exact', 'about', 'more-than', 'well-over', 'close-to', 'almost', 'up-to']);
export type Qualifier = z.output<typeof qualifierSchema>;

/** A number as a source gives it, with its qualifier, source and confidence. */
export const sourcedNumberSchema = z.discriminatedUnion('confidence', [
  z.strictObject({
    confidence: z.literal('S'),
    value: z.number().check(z.nonnegative()),
    qualifier: qualifierSchema,
    note: z.optional(localizedText),
    source: sourceId,
  }),
  z.strictObject({
    confidence: z.literal('I'),
    value: z.number().check(z.nonnegative()),
    qualifier: qualifierSchema,
    basis,
    note: z.optional(localizedText),
    source: sourceId,
  }),
]);
export type SourcedNumber = z.output<typeof sourcedNumberSchema>;

/** One value or, where sources disagree, every value with its own source. */
export const sourcedValuesSchema = z.array(sourcedNumberSchema).check(z.minLength(1));
export type SourcedValues = z.output<typeof sourcedValuesSchema>;
