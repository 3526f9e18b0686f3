import { sourceCells, type CsvRows } from '../../components/export/csv';
import { defineMessages } from '../../i18n/define-messages';
import type { Lang } from '../../i18n/lang';
import type { Milestone } from './milestones';
import { timelineMessages } from './timeline-messages';

const headers = defineMessages({
  nb: {
    number: 'Nr.',
    date: 'Dato',
    end: 'Til',
    precision: 'Presisjon',
    event: 'Hendelse',
    sources: 'Kilder',
    sourceUrls: 'Kilde-URL-er',
  },
  en: {
    number: 'No.',
    date: 'Date',
    end: 'Until',
    precision: 'Precision',
    event: 'Event',
    sources: 'Sources',
    sourceUrls: 'Source URLs',
  },
});

/**
 * The milestone chart's data as CSV rows: a header, then one row per milestone in time order. Dates
 * keep the source's precision ("2002", "2014-06", "2009-06-11"); a span has its end in its own column.
 */
export function toMilestoneCsvRows(milestones: readonly Milestone[], lang: Lang): CsvRows {
  const h = headers[lang];
  const precision = timelineMessages[lang].precision;
  return [
    [h.number, h.date, h.end, h.precision, h.event, h.sources, h.sourceUrls],
    ...milestones.map((m) => [
      m.number,
      m.date.raw,
      m.precision === 'range' ? (m.end?.raw ?? null) : null,
      precision[m.precision],
      m.text[lang],
      ...sourceCells(m.sources),
    ]),
  ];
}
