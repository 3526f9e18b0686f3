import * as z from 'zod/mini';
import '../zod-config';
import { LEVEL_IDS } from './level-ids';
import { PARTIAL_DATE_PATTERN, toPartialDate } from '../partial-date';

export { LEVEL_IDS, type LevelId } from './level-ids';

/** Text shown to users: Norwegian bokmål and English. */
export const localizedText = z.strictObject({
  nb: z.string().check(z.trim(), z.minLength(1)),
  en: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Id of an entry in sources.json; resolved by the cross-file check. */
export const sourceId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a source id (a-z, 0-9, -)'));

export const levelId = z.enum(LEVEL_IDS);

/** S = the source states it; I = inferred from sources (the UI says so). */
export const confidence = z.enum(['S', 'I']);
export type Confidence = z.infer<typeof confidence>;

/** Why a value is unknown. Never drawn as zero. */
export const unknownReason = z.enum(['not-published', 'not-found']);
export type UnknownReason = z.infer<typeof unknownReason>;

/**
 * A date at the precision the source gives: "2002", "2014-06" or "2009-06-11".
 * Parsed into its parts; the precision is derived from how many parts there are.
 */
export const partialDate = z.pipe(
  z.string().check(z.regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  z.transform(toPartialDate),
);
export type PartialDate = z.output<typeof partialDate>;
export type DatePrecision = PartialDate['precision'];
