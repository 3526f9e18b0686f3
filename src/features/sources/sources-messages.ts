import { defineMessages } from '../../i18n/define-messages';
import { formatNumber } from '../../i18n/format';
import { plural } from '../../i18n/plural';

/** The figures the method text speaks of, all from the data (counts, years and the derived bound). */
export interface MethodFigures {
  evaluated: number;
  exit: string;
  published: number;
  /** Derived: the highest an unpublished share can be; null when no share above is published. */
  bound: string | null;
}

const nbNum = (n: number) => formatNumber(n, 'nb');
const enNum = (n: number) => formatNumber(n, 'en');

export const sourcesMessages = defineMessages({
  nb: {
    title: 'Kilder og metode',
    lead: 'Hvor tallene kommer fra, hvordan de er brukt, og hva som ikke er kjent.',
    surveyHeading: 'Spørsmålet og utvalget',
    questionLabel: 'Spørsmålet (slik artikkelen gjengir det)',
    sample: (respondents: string, clusters: string) =>
      `Menon Economics spurte ${respondents} respondenter i ${clusters} klynger.`,
    overall: (share: string, total: number) =>
      `${plural(total, 'nb', { one: 'For den ene klyngen', other: `For de ${nbNum(total)} klyngene samlet` })} svarte ${share} at de var helt eller delvis enige.`,
    methodHeading: 'Metode',
    method: (f: MethodFigures) => [
      `Menon Economics evaluerte på oppdrag fra Innovasjon Norge ${nbNum(f.evaluated)} ${plural(f.evaluated, 'nb', { one: 'klynge', other: 'klynger' })} som gikk ut av klyngeprogrammet i perioden ${f.exit}, med en spørreundersøkelse blant medlemmene og data om klyngene.`,
      `Klyngeinnsikt bygger på Shifters artikkel om rapporten (20.02.2024). Artikkelen lister ${plural(f.evaluated, 'nb', { one: 'klyngen', other: `de ${nbNum(f.evaluated)} klyngene sortert fra best til dårligst` })} på spørsmålet om internasjonale relasjoner, men publiserer andelen bare for ${plural(f.published, 'nb', { zero: 'ingen av dem', one: 'den beste', other: `de ${nbNum(f.published)} beste` })}.`,
      ...(f.evaluated - f.published > 0
        ? [
            `${plural(f.evaluated - f.published, 'nb', { one: 'For den siste', other: `For de ${nbNum(f.evaluated - f.published)} andre` })} er andelen ukjent.${f.bound === null ? '' : ` Fordi listen er sortert, kan ingen av dem ha høyere andel enn ${f.bound} (den nærmeste publiserte andelen over). Denne øvre grensen er avledet av appen, ikke publisert, og er merket slik overalt.`}`,
          ]
        : []),
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
    overall: (share: string, total: number) =>
      `${plural(total, 'en', { one: 'In the one cluster', other: `Across the ${enNum(total)} clusters` })}, ${share} agreed fully or partly.`,
    methodHeading: 'Method',
    method: (f: MethodFigures) => [
      `For Innovasjon Norge, Menon Economics evaluated ${enNum(f.evaluated)} ${plural(f.evaluated, 'en', { one: 'cluster that', other: 'clusters that' })} left the cluster programme in ${f.exit}, with a survey of members and data about the clusters.`,
      `Klyngeinnsikt is built on Shifter’s article about the report (20 Feb 2024). The article lists ${plural(f.evaluated, 'en', { one: 'the cluster', other: `the ${enNum(f.evaluated)} clusters from best to worst` })} on the question of international relations, but publishes the share only for ${plural(f.published, 'en', { zero: 'none of them', one: 'the top one', other: `the top ${enNum(f.published)}` })}.`,
      ...(f.evaluated - f.published > 0
        ? [
            `${plural(f.evaluated - f.published, 'en', { one: 'For the last one', other: `For the other ${enNum(f.evaluated - f.published)}` })} the share is unknown.${f.bound === null ? '' : ` Because the list is sorted, none of them can be higher than ${f.bound} (the nearest published share above). This upper bound is derived by the app, not published, and is labelled so everywhere.`}`,
          ]
        : []),
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
