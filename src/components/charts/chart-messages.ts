import { defineMessages } from '../../i18n/define-messages';

export const chartMessages = defineMessages({
  nb: {
    source: 'Kilde',
    chartFailed: 'Diagrammet kunne ikke tegnes. Tallene står i tabellen under.',
    tableHeading: 'Tallene i diagrammet',
  },
  en: {
    source: 'Source',
    chartFailed: 'The chart could not be drawn. The figures are in the table below.',
    tableHeading: 'The figures in the chart',
  },
});
