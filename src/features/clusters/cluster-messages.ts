import { defineMessages } from '../../i18n/define-messages';
import { formatNumber } from '../../i18n/format';
import { plural } from '../../i18n/plural';

const nbNum = (n: number) => formatNumber(n, 'nb');
const enNum = (n: number) => formatNumber(n, 'en');
/** "de 19 klyngene" / "den ene klyngen": the evaluated clusters, counted from the data. */
const nbTheClusters = (n: number) => plural(n, 'nb', { one: 'den ene klyngen', other: `de ${nbNum(n)} klyngene` });
const enTheClusters = (n: number) => plural(n, 'en', { one: 'the one cluster', other: `the ${enNum(n)} clusters` });
const nbTheEvaluated = (n: number) =>
  plural(n, 'nb', { one: 'den ene evaluerte klyngen', other: `de ${nbNum(n)} evaluerte klyngene` });
const enTheEvaluated = (n: number) =>
  plural(n, 'en', { one: 'the one evaluated cluster', other: `the ${enNum(n)} evaluated clusters` });

export interface ChartSummaryParts {
  published: number;
  total: number;
  /** The highest and lowest published shares, formatted; null when none is published. */
  high: string | null;
  low: string | null;
  overall: string;
  respondents: string;
}

export const clusterMessages = defineMessages({
  nb: {
    rankingTitle: 'Ga klyngemedlemskapet internasjonale relasjoner?',
    rankingLead: (count: number | null, exit: string | null) =>
      `Menon Economics evaluerte ${count === null ? '' : `${nbNum(count)} `}${count === 1 ? 'klynge' : 'klynger'} som gikk ut av klyngeprogrammet${exit === null ? '' : ` i ${exit}`}. Medlemmene ble spurt om medlemskapet har gitt dem internasjonale relasjoner de ellers ikke ville fått.`,
    tableCaption: 'De evaluerte klyngene, fra best til dårligst på internasjonale relasjoner',
    colRank: 'Plass',
    colCluster: 'Klynge',
    colLevel: 'Nivå',
    colShare: 'Andel enig',
    colHome: 'Sted',
    sortBy: (column: string) => `Sorter etter ${column.toLowerCase()}`,
    shareUnknown: (bound: string | null) => (bound ? `ikke publisert (≤ ${bound}, avledet)` : 'ikke publisert'),
    chartTitle: 'Andel medlemmer som fikk internasjonale relasjoner de ellers ikke ville fått',
    chartSummary: (p: ChartSummaryParts) =>
      [
        plural(p.published, 'nb', {
          zero: `Ingen av ${nbTheClusters(p.total)} har publisert andel.`,
          one: `Én av ${nbTheClusters(p.total)} har publisert andel: ${p.high ?? ''}.`,
          other: `${nbNum(p.published)} av ${nbTheClusters(p.total)} har publisert andel, fra ${p.high ?? ''} til ${p.low ?? ''}.`,
        }),
        `For alle samlet er andelen ${p.overall} (${p.respondents} svar).`,
        plural(p.total - p.published, 'nb', {
          zero: '',
          one: 'For den siste er andelen ikke publisert.',
          other: `For de ${nbNum(p.total - p.published)} andre er andelen ikke publisert.`,
        }),
      ]
        .filter((part) => part !== '')
        .join(' '),
    chartSummaryFiltered: (shown: number) => `Diagrammet viser ${nbTheClusters(shown)} i det gjeldende utvalget.`,
    overallLine: (share: string, total: number) =>
      plural(total, 'nb', { one: `Den ene klyngen: ${share}`, other: `Alle ${nbNum(total)} samlet: ${share}` }),
    unknownLabel: (bound: string | null) => (bound ? `ikke publisert · ≤ ${bound} (avledet)` : 'ikke publisert'),
    legendLevel: 'Nivå (farge og merke)',
    legendPublished: 'Publisert andel',
    legendMarker: (level: string) => `${level}-klynge (merke ved navnet)`,
    bucketLabel: (from: number, to: number) => `Plass ${from}–${to}`,
    bucketKnown: (max: string, known: number, count: number) =>
      `høyest ${max} (avledet) · ${known} av ${count} publisert`,
    bucketUnknown: (count: number) => `${count} ikke publisert`,
    bucketSummary: (bars: number, size: number) =>
      `Med så mange klynger viser diagrammet ${bars} søyler, hver for ${size} plasser etter hverandre; søylen er den høyeste publiserte andelen i gruppen (avledet). Tabellen har hver klynge.`,
    legendUnknown: 'Ikke publisert: stiplet linje til øvre grense (avledet av rekkefølgen)',
    legendOverall: (total: number) =>
      plural(total, 'nb', {
        one: 'Loddrett linje: den ene klyngen',
        other: `Loddrett linje: alle ${nbTheClusters(total).replace(/^de /, '')} samlet`,
      }),
    sourceLine: (respondents: string) =>
      `Menon Economics for Innovasjon Norge (2024), gjengitt i Shifter 20.02.2024; n = ${respondents}`,
    tooltipRank: (rank: number, total: number) => `Plass ${rank} av ${total}`,
    summary: (shown: number, total: number) =>
      shown === total
        ? plural(total, 'nb', { one: 'Viser den ene klyngen.', other: `Viser alle ${nbNum(total)} klyngene.` })
        : `Viser ${nbNum(shown)} av ${nbNum(total)} klynger.`,
    summaryPublished: (count: number, highestName: string | null, highestShare: string | null) =>
      plural(count, 'nb', {
        zero: 'Ingen av dem har publisert andel.',
        one: `Én har publisert andel: ${highestName ?? ''} med ${highestShare ?? ''}.`,
        other: `${nbNum(count)} har publisert andel; høyest er ${highestName ?? ''} med ${highestShare ?? ''}.`,
      }),
    summaryBound: (bound: string) => `De øvrige ligger på eller under ${bound} (avledet).`,
    emptyTitle: 'Ingen klynger passer filteret',
    emptyBody: 'Prøv et annet nivå eller søk, eller nullstill filteret.',
    resetFilters: 'Nullstill filter',
    // Cluster page
    rankOf: (rank: number, total: number) => `${rank} av ${total}`,
    rankWithinLevel: (rank: number, of: number, level: string) =>
      plural(of, 'nb', {
        one: `den eneste ${level}-klyngen (avledet)`,
        other: `${nbNum(rank)} av ${nbNum(of)} ${level}-klynger (avledet)`,
      }),
    factRank: 'Plass i rangeringen',
    factRankWithinLevel: 'Plass innen nivået',
    factShare: 'Andel som fikk internasjonale relasjoner',
    factLevel: 'Nivå i den evaluerte perioden',
    factEntered: 'Kom inn på nivået',
    factExit: 'Gikk ut av programmet',
    factHome: 'Sted',
    factSector: 'Bransje',
    factMembers: 'Medlemmer',
    factFormerNames: 'Tidligere navn',
    factWebsite: 'Nettsted',
    noWebsite: 'ikke oppgitt i kildene',
    notFoundMembers: (reason: 'not-published' | 'not-found'): string =>
      reason === 'not-published' ? 'ikke publisert' : 'ikke funnet i kildene',
    inferred: 'utledet fra kilder',
    members: (qualifier: 'exact' | 'about' | 'more-than', count: string, unit: string, year: number | null) =>
      `${qualifier === 'about' ? 'om lag ' : qualifier === 'more-than' ? 'over ' : ''}${count} ${unit}${year === null ? '' : ` (${year})`}`,
    unit: { members: 'medlemmer', partners: 'partnere', companies: 'bedrifter' },
    exitRange: (range: string) => `i perioden ${range} (nøyaktig år ikke publisert)`,
    sourceRef: 'kilde',
    quotesHeading: 'Sitater',
    quoteTranslation: 'Oversatt av Klyngeinnsikt',
    sourcesHeading: 'Kilder for denne klyngen',
    prevCluster: 'Forrige i rangeringen',
    nextCluster: 'Neste i rangeringen',
    clusterNav: 'Bla mellom klyngene',
    backToRanking: 'Tilbake til rangeringen',
    share: 'Del',
    shareFailed: 'Deling ble avbrutt.',
    notFoundTitle: 'Fant ikke klyngen',
    notFoundBody: (slug: string, total: number) => `Ingen av ${nbTheEvaluated(total)} har adressen «${slug}».`,
    didYouMean: 'Mente du',
    clusterLead: (level: string, home: string, sector: string) => `${level}-klynge i ${home} · ${sector}`,
    clusterDescription: (name: string, level: string, share: string) =>
      `${name} (${level}) i Menon Economics' evaluering av klyngeprogrammet: ${share}.`,
  },
  en: {
    rankingTitle: 'Did cluster membership bring international relations?',
    rankingLead: (count: number | null, exit: string | null) =>
      `Menon Economics evaluated ${count === null ? '' : `${enNum(count)} `}${count === 1 ? 'cluster that' : 'clusters that'} left the cluster programme${exit === null ? '' : ` in ${exit}`}. Members were asked whether membership gave them international relations they would not otherwise have had.`,
    tableCaption: 'The evaluated clusters, from best to worst on international relations',
    colRank: 'Rank',
    colCluster: 'Cluster',
    colLevel: 'Level',
    colShare: 'Share agreeing',
    colHome: 'Location',
    sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
    shareUnknown: (bound: string | null) => (bound ? `not published (≤ ${bound}, derived)` : 'not published'),
    chartTitle: 'Share of members who gained international relations they would not otherwise have had',
    chartSummary: (p: ChartSummaryParts) =>
      [
        plural(p.published, 'en', {
          zero: `None of ${enTheClusters(p.total)} has a published share.`,
          one: `One of ${enTheClusters(p.total)} has a published share: ${p.high ?? ''}.`,
          other: `${enNum(p.published)} of ${enTheClusters(p.total)} have a published share, from ${p.high ?? ''} to ${p.low ?? ''}.`,
        }),
        `For all of them together the share is ${p.overall} (${p.respondents} responses).`,
        plural(p.total - p.published, 'en', {
          zero: '',
          one: 'For the last one the share is not published.',
          other: `For the other ${enNum(p.total - p.published)} the share is not published.`,
        }),
      ]
        .filter((part) => part !== '')
        .join(' '),
    chartSummaryFiltered: (shown: number) => `The chart shows ${enTheClusters(shown)} in the current selection.`,
    overallLine: (share: string, total: number) =>
      plural(total, 'en', { one: `The one cluster: ${share}`, other: `All ${enNum(total)} together: ${share}` }),
    unknownLabel: (bound: string | null) => (bound ? `not published · ≤ ${bound} (derived)` : 'not published'),
    legendLevel: 'Level (colour and mark)',
    legendPublished: 'Published share',
    legendMarker: (level: string) => `${level} cluster (mark by the name)`,
    bucketLabel: (from: number, to: number) => `Ranks ${from}–${to}`,
    bucketKnown: (max: string, known: number, count: number) =>
      `highest ${max} (derived) · ${known} of ${count} published`,
    bucketUnknown: (count: number) => `${count} not published`,
    bucketSummary: (bars: number, size: number) =>
      `With this many clusters the chart shows ${bars} bars, each for ${size} consecutive ranks; a bar is the highest published share in its group (derived). The table has every cluster.`,
    legendUnknown: 'Not published: dashed line to the upper bound (derived from the order)',
    legendOverall: (total: number) =>
      plural(total, 'en', {
        one: 'Vertical line: the one cluster',
        other: `Vertical line: all ${enNum(total)} clusters together`,
      }),
    sourceLine: (respondents: string) =>
      `Menon Economics for Innovasjon Norge (2024), as reported by Shifter on 20 Feb 2024; n = ${respondents}`,
    tooltipRank: (rank: number, total: number) => `Rank ${rank} of ${total}`,
    summary: (shown: number, total: number) =>
      shown === total
        ? plural(total, 'en', { one: 'Showing the one cluster.', other: `Showing all ${enNum(total)} clusters.` })
        : `Showing ${enNum(shown)} of ${enNum(total)} clusters.`,
    summaryPublished: (count: number, highestName: string | null, highestShare: string | null) =>
      plural(count, 'en', {
        zero: 'None of them has a published share.',
        one: `One has a published share: ${highestName ?? ''} at ${highestShare ?? ''}.`,
        other: `${enNum(count)} have a published share; the highest is ${highestName ?? ''} at ${highestShare ?? ''}.`,
      }),
    summaryBound: (bound: string) => `The others are at or below ${bound} (derived).`,
    emptyTitle: 'No cluster matches the filter',
    emptyBody: 'Try another level or search, or reset the filter.',
    resetFilters: 'Reset filter',
    rankOf: (rank: number, total: number) => `${rank} of ${total}`,
    rankWithinLevel: (rank: number, of: number, level: string) =>
      plural(of, 'en', {
        one: `the only ${level} cluster (derived)`,
        other: `${enNum(rank)} of ${enNum(of)} ${level} clusters (derived)`,
      }),
    factRank: 'Rank in the ranking',
    factRankWithinLevel: 'Rank within its level',
    factShare: 'Share who gained international relations',
    factLevel: 'Level in the evaluated period',
    factEntered: 'Entered the level',
    factExit: 'Left the programme',
    factHome: 'Location',
    factSector: 'Sector',
    factMembers: 'Members',
    factFormerNames: 'Former names',
    factWebsite: 'Website',
    noWebsite: 'not given in the sources',
    notFoundMembers: (reason: 'not-published' | 'not-found'): string =>
      reason === 'not-published' ? 'not published' : 'not found in the sources',
    inferred: 'inferred from sources',
    members: (qualifier: 'exact' | 'about' | 'more-than', count: string, unit: string, year: number | null) =>
      `${qualifier === 'about' ? 'about ' : qualifier === 'more-than' ? 'more than ' : ''}${count} ${unit}${year === null ? '' : ` (${year})`}`,
    unit: { members: 'members', partners: 'partners', companies: 'companies' },
    exitRange: (range: string) => `in ${range} (exact year not published)`,
    sourceRef: 'source',
    quotesHeading: 'Quotes',
    quoteTranslation: 'Translated by Klyngeinnsikt',
    sourcesHeading: 'Sources for this cluster',
    prevCluster: 'Previous in the ranking',
    nextCluster: 'Next in the ranking',
    clusterNav: 'Browse the clusters',
    backToRanking: 'Back to the ranking',
    share: 'Share',
    shareFailed: 'Sharing was cancelled.',
    notFoundTitle: 'Cluster not found',
    notFoundBody: (slug: string, total: number) => `None of ${enTheEvaluated(total)} has the address “${slug}”.`,
    didYouMean: 'Did you mean',
    clusterLead: (level: string, home: string, sector: string) => `${level} cluster in ${home} · ${sector}`,
    clusterDescription: (name: string, level: string, share: string) =>
      `${name} (${level}) in Menon Economics' evaluation of the cluster programme: ${share}.`,
  },
});
