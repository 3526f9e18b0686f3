import type { CsvRows } from '../../components/export/csv';
import type { YearBarRow } from './year-bars';
import { seriesName, type TextContext } from './year-bars-text';

/** The CSV of a year chart: a row per mark, a gap year as a row with an empty value (never 0). */
export function toYearBarsCsvRows(rows: readonly YearBarRow[], ctx: TextContext, withApplicants: boolean): CsvRows {
  const { t, lang } = ctx;
  const header = [
    t.colYear,
    t.colSeries,
    t.colValue,
    'qualifier',
    ...(withApplicants ? [t.colApplicants] : []),
    t.colSources,
    t.colNote,
  ];
  return [
    header,
    ...rows.map((row) => {
      const mark = row.mark;
      const applicants = mark?.applicants?.map((a) => a.value).join(' / ') ?? null;
      return [
        row.year,
        mark ? seriesName(mark, ctx) : null,
        mark?.value ?? null,
        mark?.qualifier ?? null,
        ...(withApplicants ? [applicants === '' ? null : applicants] : []),
        mark?.sources.join(' ') ?? null,
        mark?.note?.[lang] ?? null,
      ];
    }),
  ];
}
