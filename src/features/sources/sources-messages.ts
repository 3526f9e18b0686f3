import { defineMessages } from '../../i18n/define-messages';

export const sourcesMessages = defineMessages({
  nb: {
    title: 'Kilder og metode',
    lead: 'Hvor tallene kommer fra, hvordan de er brukt, og hva som ikke er kjent.',
    surveyHeading: 'Spørsmålet og utvalget',
    questionLabel: 'Spørsmålet (slik artikkelen gjengir det)',
    sample: (respondents: string, clusters: string) =>
      `Menon Economics spurte ${respondents} respondenter i ${clusters} klynger.`,
    overall: (share: string) => `For de 19 klyngene samlet svarte ${share} at de var helt eller delvis enige.`,
    methodHeading: 'Metode',
    method: [
      'Menon Economics evaluerte på oppdrag fra Innovasjon Norge 19 klynger som gikk ut av klyngeprogrammet i perioden 2020–2023, med en spørreundersøkelse blant medlemmene og data om klyngene.',
      'Klyngeinnsikt bygger på Shifters artikkel om rapporten (20.02.2024). Artikkelen lister de 19 klyngene sortert fra best til dårligst på spørsmålet om internasjonale relasjoner, men publiserer andelen bare for de fire beste.',
      'For de 15 andre er andelen ukjent. Fordi listen er sortert, kan hver av dem ikke ha høyere andel enn 45 % (den fjerde beste). Denne øvre grensen er avledet av appen, ikke publisert, og er merket slik overalt.',
      'Medianer, antall og plasseringer innen nivå regnes ut av appen fra de publiserte verdiene og er merket som avledet. Opplysninger som er utledet fra kilder (ikke direkte sagt) er merket som utledet.',
    ],
    sourcesHeading: 'Kilder',
    sourceDate: 'Dato',
    noDate: 'dato ikke oppgitt',
    unknownHeading: 'Dette er ikke kjent',
    unknownLead: 'Følgende er ikke publisert. Klyngeinnsikt viser det som ukjent, aldri som null eller et anslag.',
    findingsHeading: 'Hovedfunn i rapporten',
  },
  en: {
    title: 'Sources and method',
    lead: 'Where the figures come from, how they are used, and what is not known.',
    surveyHeading: 'The question and the sample',
    questionLabel: 'The question (as the article words it)',
    sample: (respondents: string, clusters: string) =>
      `Menon Economics surveyed ${respondents} respondents in ${clusters} clusters.`,
    overall: (share: string) => `Across the 19 clusters, ${share} agreed fully or partly.`,
    methodHeading: 'Method',
    method: [
      'For Innovasjon Norge, Menon Economics evaluated 19 clusters that left the cluster programme in 2020–2023, with a survey of members and data about the clusters.',
      'Klyngeinnsikt is built on Shifter’s article about the report (20 Feb 2024). The article lists the 19 clusters from best to worst on the question of international relations, but publishes the share only for the top four.',
      'For the other 15 the share is unknown. Because the list is sorted, none of them can be higher than 45 % (the fourth best). This upper bound is derived by the app, not published, and is labelled so everywhere.',
      'Medians, counts and ranks within a level are computed by the app from the published values and labelled as derived. Details inferred from sources (not stated outright) are labelled as inferred.',
    ],
    sourcesHeading: 'Sources',
    sourceDate: 'Date',
    noDate: 'no date given',
    unknownHeading: 'What is not known',
    unknownLead: 'The following is not published. Klyngeinnsikt shows it as unknown, never as zero or an estimate.',
    findingsHeading: 'Main findings of the report',
  },
});
