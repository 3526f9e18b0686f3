import { defineMessages } from '../../i18n/define-messages';
import { qualifiedValue } from '../../i18n/qualified-value';
import type { Qualifier } from '../../data/schema/sourced-values';

const nbSeries: Readonly<Record<string, string>> = {
  all: 'Hele programmet',
  'effect-value-creation': 'Verdiskaping',
  'effect-sales': 'Omsetning',
  'effect-man-years': 'Årsverk',
};

const enSeries: Readonly<Record<string, string>> = {
  all: 'Whole programme',
  'effect-value-creation': 'Value creation',
  'effect-sales': 'Sales',
  'effect-man-years': 'Man-years',
};

export const programmeMessages = defineMessages({
  nb: {
    title: 'Programmet i tall',
    lead: 'Klyngeprogrammet år for år, slik kildene oppgir det: klynger, opptak, penger, medlemsbedrifter og effekter. År uten tall står som hull, ikke som null, og der kildene er uenige, vises begge tallene med hver sin kilde.',
    value: (qualifier: Qualifier, number: string) => qualifiedValue(qualifier, number, 'nb'),
    notPublished: 'ikke publisert',
    inferred: '(utledet)',
    series: nbSeries,
    barLabel: (series: string, value: string, sources: string) => `${series}: ${value} (${sources})`,
    summary: (subject: string, withFigure: number, total: number, from: number, to: number) =>
      `${subject} ${from}–${to}: ${withFigure} av ${total} år har tall fra en kilde; år uten tall er ikke publisert, og der kildene er uenige, står begge tallene.`,
    colYear: 'År',
    colSeries: 'Nivå / mål',
    colValue: 'Tall',
    colApplicants: 'Søkere',
    colSources: 'Kilder',
    colNote: 'Hva kilden teller',
    tableCaption: (title: string) => `${title}: tallene og kildene`,
    sourceLine: 'Kildene for hvert tall står i tabellen; tall uten kilde er ikke med.',
    unplacedHeading: 'Tall som ikke hører til ett år',
    unplacedLead: 'Disse tallene gjelder et tidsrom eller er ikke tidfestet nærmere, så de er ikke tegnet inn.',
    unplacedItem: (label: string, value: string, from: string, to: string) => `${label}: ${value} (${from}–${to})`,
    clustersTitle: 'Klynger i programmet per år',
    clustersSubject: 'Klynger i programmet, i alt og etter nivå,',
    intakesTitle: 'Opptak per år etter nivå',
    intakesSubject: 'Klynger tatt opp, etter nivå (søkere i tabellen der det er kjent),',
    budgetTitle: 'Penger til programmet per år (mill. kr)',
    budgetSubject: 'Penger til programmet og nivåene, i millioner kroner,',
    firmsTitle: 'Medlemsbedrifter per år',
    firmsSubject: 'Bedrifter med i klyngene',
    effectsTitle: 'Effekter for medlemmer (prosentpoeng)',
    effectsSubject: 'Effekten for medlemmer mot ikke-medlemmer, i prosentpoeng,',
    notesYears: (withFigure: string, total: string, from: number, to: number) =>
      `${withFigure} av ${total} år fra ${from} til ${to} har tall fra en kilde.`,
    notesDisagree: (year: string, series: string, values: string) =>
      `${year}, ${series}: kildene er uenige – ${values}.`,
    notesGaps: (years: string) => `Ikke publisert for ${years}.`,
    titlePart: (title: string, part: number, parts: number) => `${title} (del ${part} av ${parts})`,
  },
  en: {
    title: 'The programme in numbers',
    lead: 'The cluster programme year by year, as the sources give it: clusters, intake rounds, money, member firms and effects. Years without a figure are gaps, not zeros, and where sources disagree both figures are shown, each with its source.',
    value: (qualifier: Qualifier, number: string) => qualifiedValue(qualifier, number, 'en'),
    notPublished: 'not published',
    inferred: '(inferred)',
    series: enSeries,
    barLabel: (series: string, value: string, sources: string) => `${series}: ${value} (${sources})`,
    summary: (subject: string, withFigure: number, total: number, from: number, to: number) =>
      `${subject} ${from}–${to}: ${withFigure} of ${total} years have a sourced figure; years without one are not published, and where sources disagree, both figures are shown.`,
    colYear: 'Year',
    colSeries: 'Level / measure',
    colValue: 'Figure',
    colApplicants: 'Applicants',
    colSources: 'Sources',
    colNote: 'What the source counts',
    tableCaption: (title: string) => `${title}: the figures and their sources`,
    sourceLine: 'The sources of each figure are in the table; figures without a source are left out.',
    unplacedHeading: 'Figures that belong to no single year',
    unplacedLead: 'These figures cover a span of time or are not dated more precisely, so they are not drawn.',
    unplacedItem: (label: string, value: string, from: string, to: string) => `${label}: ${value} (${from}–${to})`,
    clustersTitle: 'Clusters in the programme by year',
    clustersSubject: 'Clusters in the programme, in all and by level,',
    intakesTitle: 'Intake rounds by year and level',
    intakesSubject: 'Clusters admitted, by level (applicants in the table where known),',
    budgetTitle: 'Money for the programme by year (NOK million)',
    budgetSubject: 'Money for the programme and its levels, in NOK million,',
    firmsTitle: 'Member firms by year',
    firmsSubject: 'Firms taking part in the clusters',
    effectsTitle: 'Effects for members (percentage points)',
    effectsSubject: 'The effect for members against non-members, in percentage points,',
    notesYears: (withFigure: string, total: string, from: number, to: number) =>
      `${withFigure} of the ${total} years from ${from} to ${to} have a sourced figure.`,
    notesDisagree: (year: string, series: string, values: string) =>
      `${year}, ${series}: the sources disagree – ${values}.`,
    notesGaps: (years: string) => `Not published for ${years}.`,
    titlePart: (title: string, part: number, parts: number) => `${title} (part ${part} of ${parts})`,
  },
});
