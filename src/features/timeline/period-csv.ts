import { sourceCells, type CsvRows } from '../../components/export/csv';
import type { LevelId } from '../../data/schema/common';
import { defineMessages } from '../../i18n/define-messages';
import type { Lang } from '../../i18n/lang';
import type { ClusterPeriod, PeriodEnd } from './periods';

const headers = defineMessages({
  nb: {
    cluster: 'Klynge',
    level: 'Nivå',
    entry: 'Inn (tidligst)',
    entryLatest: 'Inn (senest)',
    entryBasis: 'Inn: grunnlag',
    exit: 'Ut (tidligst)',
    exitLatest: 'Ut (senest)',
    sources: 'Kilder',
    sourceUrls: 'Kilde-URL-er',
    stated: 'oppgitt i kilden',
    inferred: 'utledet fra kildene',
  },
  en: {
    cluster: 'Cluster',
    level: 'Level',
    entry: 'Entry (earliest)',
    entryLatest: 'Entry (latest)',
    entryBasis: 'Entry: basis',
    exit: 'Exit (earliest)',
    exitLatest: 'Exit (latest)',
    sources: 'Sources',
    sourceUrls: 'Source URLs',
    stated: 'stated by the source',
    inferred: 'inferred from the sources',
  },
});

/** The later end of a range, as precise as its source ("2019", "2014-06"); null for a single date. */
const latestOf = (end: PeriodEnd) => end.latest?.raw ?? null;

/**
 * The period chart's data as CSV rows: a header, then one row per cluster shown. Dates keep the
 * source's precision (a year stays a year), a range has its earliest and latest ends, and an entry
 * inferred from the sources says so.
 */
export function toPeriodCsvRows(
  periods: readonly ClusterPeriod[],
  names: Readonly<Record<LevelId, string>>,
  lang: Lang,
): CsvRows {
  const h = headers[lang];
  return [
    [h.cluster, h.level, h.entry, h.entryLatest, h.entryBasis, h.exit, h.exitLatest, h.sources, h.sourceUrls],
    ...periods.map((period) => [
      period.name,
      names[period.level],
      period.entry.date.raw,
      latestOf(period.entry),
      period.entry.confidence === 'I' ? h.inferred : h.stated,
      period.exit.date.raw,
      latestOf(period.exit),
      ...sourceCells([period.entry.source, period.exit.source]),
    ]),
  ];
}
