import type { PartialDate } from '../../data/schema/common';

/** The calendar day of a moment in the visitor's time zone, as a date with day precision. */
export function dayOf(moment: Date): PartialDate {
  const [year, month, day] = [moment.getFullYear(), moment.getMonth() + 1, moment.getDate()];
  const raw = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { raw, year, month, day, precision: 'day' };
}
