/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day of month. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date at the precision the source gives, split into its parts; the precision is how many parts there
 * are. The one decoder: the schema's transform (schema/common.ts) and the hash-checked load (trusted-data.ts).
 */
export function toPartialDate(raw: string) {
  const [year, month, day] = raw.split('-').map(Number);
  return {
    raw,
    year: year ?? 0,
    month: month ?? null,
    day: day ?? null,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
  } as const;
}
