import { defineMessages } from '../../i18n/define-messages';
import { formatNumber } from '../../i18n/format';
import { numberWord } from '../../i18n/number-words';
import { plural } from '../../i18n/plural';

const nbNum = (n: number) => formatNumber(n, 'nb');
const enNum = (n: number) => formatNumber(n, 'en');
const nbTheEvaluated = (n: number | null) =>
  n === null
    ? 'de evaluerte klyngene'
    : plural(n, 'nb', { one: 'den ene evaluerte klyngen', other: `de ${nbNum(n)} evaluerte klyngene` });
const enTheEvaluated = (n: number | null) =>
  n === null
    ? 'the evaluated clusters'
    : plural(n, 'en', { one: 'the one evaluated cluster', other: `the ${enNum(n)} evaluated clusters` });

export const levelMessages = defineMessages({
  nb: {
    title: 'Klyngeprogrammets nivåer',
    lead: (levels: number | null, evaluated: number | null) =>
      `${levels === null ? 'Klyngeprogrammet har hatt flere nivåer' : `Klyngeprogrammet har hatt ${numberWord(levels, 'nb')} nivåer`}. Her er hva hvert nivå er, hvor mange klynger det har, og hvilke av ${nbTheEvaluated(evaluated)} som hadde det.`,
    filterNotice: (levels: string) => `Nivåfilteret er på: viser bare ${levels}.`,
    showAllLevels: 'Vis alle nivåene',
    cardsHeading: (levels: number) => `De ${numberWord(levels, 'nb')} nivåene`,
    countLabel: 'Antall i dag',
    countValue: (count: string, unit: string) => `${count} ${unit}`,
    countUnknown: 'ikke publisert',
    startedLabel: 'Startet',
    evaluatedLabel: (total: number) =>
      plural(total, 'nb', {
        one: 'Den ene evaluerte (avledet)',
        other: `Blant de ${nbNum(total)} evaluerte (avledet)`,
      }),
    evaluatedCount: (count: number, total: number) => `${nbNum(count)} av ${nbNum(total)}`,
    evaluatedNone: 'ingen',
    whyNone: (exit: string, total: number, held: string) =>
      `${plural(total, 'nb', {
        one: `Den ene evaluerte klyngen gikk ut av programmet i ${exit} og hadde nivået ${held}.`,
        other: `De ${nbNum(total)} evaluerte klyngene gikk ut av programmet i ${exit}, og alle hadde nivået ${held}.`,
      })} Evalueringen sier derfor ingenting om dette nivået.`,
    sourceLabel: 'Kilde',
    moreAbout: (level: string) => `Mer om ${level}`,
    chartTitle: (evaluated: number) => `Plass i evalueringen etter nivå (${nbTheEvaluated(evaluated)})`,
    chartSummary: (parts: string) =>
      `Hver prikk er en evaluert klynge, plassert etter hvor godt den kom ut på internasjonale relasjoner (1 = best); ${parts}.`,
    chartSummaryPart: (level: string, median: string) => `medianplassen for ${level} er ${median} (avledet)`,
    chartSummaryNone: (levels: string) => `${levels} hadde ingen evaluerte klynger`,
    chartAxisRank: 'Plass på listen (1 = best)',
    chartMedianLabel: (median: string) => `median ${median} (avledet)`,
    chartEmptyRow: 'ingen evaluerte klynger',
    chartDotLabel: (name: string, rank: number, level: string) => `${name}: plass ${rank}, ${level}`,
    chartSource:
      'Plassene er fra Menon Economics’ evaluering, gjengitt i Shifter 20.02.2024; medianene er regnet ut av oss (avledet).',
    legendMedian: 'Medianplass for nivået (avledet)',
    tableCaption: 'De evaluerte klyngene etter nivå og plass',
    colRank: 'Plass',
    colCluster: 'Klynge',
    colLevel: 'Nivå',
    colShare: 'Andel enig',
    colEntered: 'Fikk nivået',
    shareUnknown: 'ikke publisert',
    sharesHeading: 'Publiserte andeler etter nivå',
    sharesLead: (published: number) =>
      `Andelen medlemmer som sier at klyngen ga dem internasjonale relasjoner de ellers ikke ville fått, er bare publisert for ${plural(published, 'nb', { zero: 'ingen av klyngene', one: 'klyngen øverst på listen', other: `de ${nbNum(published)} klyngene øverst på listen` })}.`,
    sharesPublished: (published: string, total: string) => `${published} av ${total} andeler er publisert:`,
    sharesUnpublished: (count: number, bound: string | null) =>
      `${plural(count, 'nb', { one: 'Den siste er ikke publisert', other: `De ${nbNum(count)} andre er ikke publisert` })}${
        bound === null
          ? '.'
          : `; fordi listen er sortert fra best til dårligst, er ${count === 1 ? 'den' : 'hver av dem'} høyst ${bound} (avledet).`
      }`,
    sharesNonePublished: (total: number, bound: string | null) =>
      `${plural(total, 'nb', { one: 'Andelen er ikke publisert', other: `Ingen av de ${nbNum(total)} andelene er publisert` })}${
        bound === null
          ? '.'
          : `; ${total === 1 ? 'den' : 'hver av dem'} er høyst ${bound} (avledet fra listens rekkefølge).`
      }`,
    sharesNoClusters: 'Ingen av de evaluerte klyngene hadde dette nivået.',
    compareHeading: 'NCE og Arena sammenlignet',
    compareSentence: (nce: string, arena: string, verdict: 'better' | 'worse' | 'equal') =>
      `Avledet fra listen: medianplassen til NCE-klyngene er ${nce}, mot ${arena} for Arena-klyngene, så en typisk NCE-klynge ligger ${
        verdict === 'better' ? 'høyere enn' : verdict === 'worse' ? 'lavere enn' : 'like høyt som'
      } en typisk Arena-klynge på listen over internasjonale relasjoner.`,
    compareConsistent: 'Det stemmer med evalueringens funn:',
    compareFinding: 'Evalueringens funn:',
    quoted: (text: string) => `«${text}»`,
    compareUnavailable: 'NCE og Arena kan ikke sammenlignes med de valgte dataene.',
    detailEvaluatedHeading: 'De evaluerte klyngene på nivået',
    detailMedian: 'Medianplass (avledet)',
    detailFactsHeading: 'Om nivået',
    detailTableCaption: (level: string) => `Evaluerte ${level}-klynger, etter plass på listen`,
    backToLevels: 'Alle nivåene',
    inferred: 'utledet',
    holdersHeading: (level: string) => `Klyngene som har hatt ${level}`,
    holdersLead: (count: number) =>
      `${nbNum(count)} ${plural(count, 'nb', { one: 'klynge', other: 'klynger' })} med kilde har hatt nivået (avledet: talt fra periodene i klyngekatalogen). Listen kan være ufullstendig der kildene mangler. Hver klynge har sin side; de evaluerte er merket.`,
    holdersCaption: (level: string) => `Klynger på ${level} og periodene deres (avledet)`,
    colPeriod: 'Periode på nivået',
    colEvaluated: 'Evaluert',
    evaluatedYes: 'ja',
    evaluatedNo: 'nei',
    periodUnknown: 'ikke publisert',
    periodOpen: 'ukjent slutt',
    intakesHeading: 'Opptak som navngir klyngene',
    intakeItem: (date: string, names: string) => `${date}: ${names}`,
    otherLevels: 'Andre nivåer',
    notFoundTitle: 'Nivået finnes ikke',
    notFoundBody: (raw: string) => `Klyngeprogrammet har ikke noe nivå som heter «${raw}».`,
    notFoundChoose: 'Nivåene er:',
  },
  en: {
    title: 'The levels of the cluster programme',
    lead: (levels: number | null, evaluated: number | null) =>
      `${levels === null ? 'The cluster programme has had several levels' : `The cluster programme has had ${numberWord(levels, 'en')} levels`}. Here is what each level is, how many clusters it has, and which of ${enTheEvaluated(evaluated)} held it.`,
    filterNotice: (levels: string) => `The level filter is on: showing only ${levels}.`,
    showAllLevels: 'Show all levels',
    cardsHeading: (levels: number) => `The ${numberWord(levels, 'en')} levels`,
    countLabel: 'Number today',
    countValue: (count: string, unit: string) => `${count} ${unit}`,
    countUnknown: 'not published',
    startedLabel: 'Started',
    evaluatedLabel: (total: number) =>
      plural(total, 'en', {
        one: 'The one evaluated (derived)',
        other: `Among the ${enNum(total)} evaluated (derived)`,
      }),
    evaluatedCount: (count: number, total: number) => `${enNum(count)} of ${enNum(total)}`,
    evaluatedNone: 'none',
    whyNone: (exit: string, total: number, held: string) =>
      `${plural(total, 'en', {
        one: `The one evaluated cluster left the programme in ${exit} and held the ${held} level.`,
        other: `The ${enNum(total)} evaluated clusters left the programme in ${exit}, and all of them held the ${held} level.`,
      })} The evaluation therefore says nothing about this level.`,
    sourceLabel: 'Source',
    moreAbout: (level: string) => `More about ${level}`,
    chartTitle: (evaluated: number) => `Place in the evaluation by level (${enTheEvaluated(evaluated)})`,
    chartSummary: (parts: string) =>
      `Each dot is an evaluated cluster, placed by how well it did on international relations (1 = best); ${parts}.`,
    chartSummaryPart: (level: string, median: string) => `the median place for ${level} is ${median} (derived)`,
    chartSummaryNone: (levels: string) => `${levels} had no evaluated clusters`,
    chartAxisRank: 'Place in the list (1 = best)',
    chartMedianLabel: (median: string) => `median ${median} (derived)`,
    chartEmptyRow: 'no evaluated clusters',
    chartDotLabel: (name: string, rank: number, level: string) => `${name}: place ${rank}, ${level}`,
    chartSource:
      'The places are from Menon Economics’ evaluation, as reported by Shifter on 20 Feb 2024; the medians are computed by us (derived).',
    legendMedian: 'Median place of the level (derived)',
    tableCaption: 'The evaluated clusters by level and place',
    colRank: 'Place',
    colCluster: 'Cluster',
    colLevel: 'Level',
    colShare: 'Share agreeing',
    colEntered: 'Gained the level',
    shareUnknown: 'not published',
    sharesHeading: 'Published shares by level',
    sharesLead: (published: number) =>
      `The share of members who say the cluster gave them international relations they would not otherwise have had is published only for ${plural(published, 'en', { zero: 'none of the clusters', one: 'the cluster at the top of the list', other: `the ${enNum(published)} clusters at the top of the list` })}.`,
    sharesPublished: (published: string, total: string) => `${published} of ${total} shares are published:`,
    sharesUnpublished: (count: number, bound: string | null) =>
      `${plural(count, 'en', { one: 'The last one is not published', other: `The other ${enNum(count)} are not published` })}${
        bound === null
          ? '.'
          : `; because the list is sorted from best to worst, ${count === 1 ? 'it is' : 'each is'} at most ${bound} (derived).`
      }`,
    sharesNonePublished: (total: number, bound: string | null) =>
      `${plural(total, 'en', { one: 'The share is not published', other: `None of the ${enNum(total)} shares is published` })}${
        bound === null
          ? '.'
          : `; ${total === 1 ? 'it is' : 'each is'} at most ${bound} (derived from the order of the list).`
      }`,
    sharesNoClusters: 'None of the evaluated clusters held this level.',
    compareHeading: 'NCE and Arena compared',
    compareSentence: (nce: string, arena: string, verdict: 'better' | 'worse' | 'equal') =>
      `Derived from the list: the NCE clusters' median place is ${nce}, against ${arena} for the Arena clusters, so a typical NCE cluster sits ${
        verdict === 'better' ? 'higher than' : verdict === 'worse' ? 'lower than' : 'as high as'
      } a typical Arena cluster on the list for international relations.`,
    compareConsistent: 'This matches the evaluation’s finding:',
    compareFinding: 'The evaluation’s finding:',
    quoted: (text: string) => `“${text}”`,
    compareUnavailable: 'NCE and Arena cannot be compared with the data at hand.',
    detailEvaluatedHeading: 'The evaluated clusters at this level',
    detailMedian: 'Median place (derived)',
    detailFactsHeading: 'About the level',
    detailTableCaption: (level: string) => `Evaluated ${level} clusters, by place in the list`,
    backToLevels: 'All levels',
    inferred: 'inferred',
    holdersHeading: (level: string) => `The clusters that have held ${level}`,
    holdersLead: (count: number) =>
      `${enNum(count)} ${plural(count, 'en', { one: 'cluster', other: 'clusters' })} with a source have held the level (derived: counted from the periods in the cluster directory). The list may be incomplete where sources are missing. Every cluster has its page; the evaluated ones are marked.`,
    holdersCaption: (level: string) => `Clusters on ${level} and their periods (derived)`,
    colPeriod: 'Period on the level',
    colEvaluated: 'Evaluated',
    evaluatedYes: 'yes',
    evaluatedNo: 'no',
    periodUnknown: 'not published',
    periodOpen: 'end not known',
    intakesHeading: 'Intake rounds that name the clusters',
    intakeItem: (date: string, names: string) => `${date}: ${names}`,
    otherLevels: 'Other levels',
    notFoundTitle: 'Level not found',
    notFoundBody: (raw: string) => `The cluster programme has no level called “${raw}”.`,
    notFoundChoose: 'The levels are:',
  },
});
