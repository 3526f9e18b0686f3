import { defineMessages } from '../../i18n/define-messages';

export const downloadMessages = defineMessages({
  nb: {
    heading: 'Last ned hele datasettet',
    lead: 'Alle dataene bak Klyngeinnsikt, bygget fra de samme validerte filene som appen viser. Ukjente verdier er tomme celler med status «ikke publisert», aldri 0; kildene står med navn og adresse.',
    tablesHeading: 'Tabeller (CSV)',
    tablesNote:
      'UTF-8 med BOM. Norsk: semikolon og desimalkomma (åpnes i kolonner i norsk Excel og LibreOffice). Engelsk: komma og desimalpunktum.',
    tableName: {
      clusters: 'Klynger',
      'level-periods': 'Nivåperioder',
      evaluation: 'Evalueringen (klyngene Menon evaluerte)',
      'yearly-figures': 'Programmet i tall',
      'intake-rounds': 'Opptaksrunder',
      sources: 'Kilder',
    },
    nbVariant: (table: string) => `${table}, norsk CSV`,
    enVariant: (table: string) => `${table}, engelsk CSV`,
    nbShort: 'norsk',
    enShort: 'engelsk',
    jsonHeading: 'JSON-filene slik appen leser dem',
    aboutHeading: 'Beskrivelse',
    dictionary: 'Dataordbok (Markdown, norsk og engelsk)',
    metadata: 'Metadata (DCAT, JSON-LD)',
  },
  en: {
    heading: 'Download the whole dataset',
    lead: 'All the data behind Klyngeinnsikt, built from the same validated files the app shows. Unknown values are empty cells with the status “not published”, never 0; sources are given by name and address.',
    tablesHeading: 'Tables (CSV)',
    tablesNote:
      'UTF-8 with BOM. Norwegian: semicolons and decimal comma (opens in columns in Norwegian Excel and LibreOffice). English: commas and decimal point.',
    tableName: {
      clusters: 'Clusters',
      'level-periods': 'Level periods',
      evaluation: 'The evaluation (the clusters Menon evaluated)',
      'yearly-figures': 'The programme in numbers',
      'intake-rounds': 'Intake rounds',
      sources: 'Sources',
    },
    nbVariant: (table: string) => `${table}, Norwegian CSV`,
    enVariant: (table: string) => `${table}, English CSV`,
    nbShort: 'Norwegian',
    enShort: 'English',
    jsonHeading: 'The JSON files as the app reads them',
    aboutHeading: 'Description',
    dictionary: 'Data dictionary (Markdown, Norwegian and English)',
    metadata: 'Metadata (DCAT, JSON-LD)',
  },
});
