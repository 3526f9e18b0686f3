import { defineMessages } from '../../i18n/define-messages';

export const chartMessages = defineMessages({
  nb: {
    source: 'Kilde',
    chartFailed: 'Diagrammet kunne ikke tegnes. Tallene står i tabellen under.',
    tableHeading: 'Tallene i diagrammet',
    /** The name of a chart of horizontal bars that the keyboard can step through. */
    barKeysLabel: (title: string) => `${title}. Piltast ned og opp: neste og forrige stolpe.`,
  },
  en: {
    source: 'Source',
    chartFailed: 'The chart could not be drawn. The figures are in the table below.',
    tableHeading: 'The figures in the chart',
    barKeysLabel: (title: string) => `${title}. Arrow down and up: next and previous bar.`,
  },
});
