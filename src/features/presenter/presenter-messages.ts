import { defineMessages } from '../../i18n/define-messages';
import { formatNumber } from '../../i18n/format';
import { plural } from '../../i18n/plural';

const nbNum = (n: number) => formatNumber(n, 'nb');
const enNum = (n: number) => formatNumber(n, 'en');

export const presenterMessages = defineMessages({
  nb: {
    dialogLabel: (n: number, count: number) => `Presentasjon, lysbilde ${n} av ${count}`,
    counter: (n: number, count: number) => `${n} / ${count}`,
    counterLabel: (n: number, count: number) => `Lysbilde ${n} av ${count}`,
    close: 'Avslutt presentasjonen (Esc)',
    previous: 'Forrige',
    next: 'Neste',
    enterFullscreen: 'Fullskjerm',
    speakerView: 'Talervisning',
    revealOn: 'Vis én klynge om gangen',
    revealProgress: (n: number, count: number) => `${n} av ${count} klynger vist`,
    keysHint: '← → mellomrom, PageUp/PageDown, Home/End',
    blanked: 'Skjermen er svart — trykk B for å fortsette',
    continued: '(forts.)',
    unblank: 'Vis lysbildet igjen',
    popupBlocked: 'Nettleseren stoppet det nye vinduet. Tillat sprettoppvinduer for denne siden, eller åpne lenken:',
    filterAll: 'Alle nivåer, ingen søk',
    filterLevels: (names: string) => `Nivå: ${names}`,
    filterQuery: (q: string) => `Søk: «${q}»`,
    source: 'Kilde',
    /** After the sources a line names: " og 3 til". */
    sourcesMore: (rest: number) => ` og ${rest} til`,
    slideRole: 'lysbilde',
    slideTitle: {
      ranking: 'Rangering: internasjonale relasjoner',
      levels: 'Nivåene i klyngeprogrammet',
      timeline: (years: string) => `Tidslinje ${years}`,
      timelinePeriods: 'De evaluerte klyngenes perioder',
    },
    clusterRank: (rank: number, of: number) => `Plass ${rank} av ${of}`,
    clusterLevel: 'Nivå',
    clusterShare: 'Andel medlemmer som fikk internasjonale relasjoner',
    clusterMembers: 'Medlemmer',
    clusterHome: 'Sted',
    clusterSector: 'Bransje',
    clusterExit: 'Gikk ut av programmet',
    notPublished: 'ikke publisert',
    atMostDerived: (bound: string) => `høyst ${bound} (avledet)`,
    unknown: 'ukjent',
    membersCount: (qualifier: 'exact' | 'about' | 'more-than', count: string, year: number | null) =>
      `${qualifier === 'about' ? 'om lag ' : qualifier === 'more-than' ? 'over ' : ''}${count}${year === null ? '' : ` (${year})`}`,
    speaker: {
      title: 'Talervisning',
      current: 'Nå',
      next: 'Neste',
      lastSlide: 'Dette er siste lysbilde.',
      notes: 'Notater (fra dataene)',
      unknowns: 'Ikke kjent',
      searching: 'Ser etter en presentasjon i denne nettleseren …',
      openRanking: 'Åpne rangeringen for å starte en presentasjon',
      linked: 'Følger presentasjonen i hovedvinduet. Forrige, Neste og piltastene her flytter den.',
      none: 'Ingen presentasjon kjører i denne nettleseren. Start en med «Fullskjerm» ved en figur i et annet vindu; denne visningen kobler seg til av seg selv.',
      ended: 'Presentasjonen er avsluttet i hovedvinduet. Denne visningen følger den igjen når en ny starter.',
      noChannel: 'Nettleseren kan ikke holde vinduene i takt (ingen BroadcastChannel).',
    },
    notes: {
      question: (text: string) => `Spørsmålet: «${text}»`,
      overall: (share: string, respondents: string) => `${share} av ${respondents} medlemmer svarte ja, samlet.`,
      published: (list: string) => `Publiserte andeler: ${list}.`,
      unpublished: (count: number, bound: string | null) =>
        `${plural(count, 'nb', { one: 'Én klynge har', other: `${nbNum(count)} klynger har` })} ikke publisert andel${
          bound === null
            ? '.'
            : `; fordi listen er sortert, er ${count === 1 ? 'den' : 'hver'} høyst ${bound} (avledet).`
        }`,
      filtered: (count: number, total: number) =>
        `Filteret viser ${nbNum(count)} av ${nbNum(total)} ${plural(total, 'nb', { one: 'klynge', other: 'klynger' })}.`,
      evaluatedPerLevel: (list: string) => `De evaluerte klyngene per nivå (avledet): ${list}.`,
      programmePerLevel: (list: string) => `Klyngeprosjekter per nivå i dag: ${list}.`,
      events: (count: number, from: number, to: number) =>
        plural(count, 'nb', {
          one: `Én hendelse, ${from}.`,
          other: `${nbNum(count)} hendelser fra ${from} til ${to}.`,
        }),
      latestEvent: (when: string, text: string) => `Siste: ${when} – ${text}`,
      rank: (rank: number, of: number, level: string) => `Plass ${rank} av ${of}, nivå ${level}.`,
      share: (value: string) => `Andel enig: ${value}.`,
      shareUnknown: (bound: string | null) =>
        bound === null ? 'Andelen er ikke publisert.' : `Andelen er ikke publisert; høyst ${bound} (avledet).`,
      members: (text: string) => `Medlemmer: ${text}.`,
      membersUnknown: 'Antall medlemmer er ikke funnet i kildene.',
      home: (home: string, sector: string) => `${home}; ${sector}.`,
      exit: (range: string) => `Gikk ut av programmet: ${range}.`,
      formerNames: (names: string) => `Tidligere navn: ${names}.`,
    },
  },
  en: {
    dialogLabel: (n: number, count: number) => `Presentation, slide ${n} of ${count}`,
    counter: (n: number, count: number) => `${n} / ${count}`,
    counterLabel: (n: number, count: number) => `Slide ${n} of ${count}`,
    close: 'End the presentation (Esc)',
    previous: 'Previous',
    next: 'Next',
    enterFullscreen: 'Full screen',
    speakerView: 'Speaker view',
    revealOn: 'Reveal one cluster at a time',
    revealProgress: (n: number, count: number) => `${n} of ${count} clusters shown`,
    keysHint: '← → space, PageUp/PageDown, Home/End',
    blanked: 'Screen blanked — press B to resume',
    continued: '(cont.)',
    unblank: 'Show the slide again',
    popupBlocked: 'The browser blocked the new window. Allow pop-ups for this site, or open the link:',
    filterAll: 'All levels, no search',
    filterLevels: (names: string) => `Level: ${names}`,
    filterQuery: (q: string) => `Search: “${q}”`,
    source: 'Source',
    sourcesMore: (rest: number) => ` and ${rest} more`,
    slideRole: 'slide',
    slideTitle: {
      ranking: 'Ranking: international relations',
      levels: 'The levels of the cluster programme',
      timeline: (years: string) => `Timeline ${years}`,
      timelinePeriods: 'The evaluated clusters’ periods',
    },
    clusterRank: (rank: number, of: number) => `Rank ${rank} of ${of}`,
    clusterLevel: 'Level',
    clusterShare: 'Share of members who gained international relations',
    clusterMembers: 'Members',
    clusterHome: 'Location',
    clusterSector: 'Sector',
    clusterExit: 'Left the programme',
    notPublished: 'not published',
    atMostDerived: (bound: string) => `at most ${bound} (derived)`,
    unknown: 'unknown',
    membersCount: (qualifier: 'exact' | 'about' | 'more-than', count: string, year: number | null) =>
      `${qualifier === 'about' ? 'about ' : qualifier === 'more-than' ? 'more than ' : ''}${count}${year === null ? '' : ` (${year})`}`,
    speaker: {
      title: 'Speaker view',
      current: 'Now',
      next: 'Next',
      lastSlide: 'This is the last slide.',
      notes: 'Notes (from the data)',
      unknowns: 'Not known',
      searching: 'Looking for a presentation in this browser …',
      openRanking: 'Open the ranking to start a presentation',
      linked: 'Linked to the presentation in the main window. Previous, Next and the arrow keys here move it.',
      none: 'No presentation is running in this browser. Start one with “Full screen” on a chart in another window; this view links to it by itself.',
      ended: 'The presentation has ended in the main window. This view links again when a new one starts.',
      noChannel: 'This browser cannot keep the windows in step (no BroadcastChannel).',
    },
    notes: {
      question: (text: string) => `The question: “${text}”`,
      overall: (share: string, respondents: string) => `${share} of ${respondents} members said yes, overall.`,
      published: (list: string) => `Published shares: ${list}.`,
      unpublished: (count: number, bound: string | null) =>
        `${plural(count, 'en', { one: 'One cluster has', other: `${enNum(count)} clusters have` })} no published share${
          bound === null
            ? '.'
            : `; as the list is sorted, ${count === 1 ? 'it is' : 'each is'} at most ${bound} (derived).`
        }`,
      filtered: (count: number, total: number) =>
        `The filter shows ${enNum(count)} of ${enNum(total)} ${plural(total, 'en', { one: 'cluster', other: 'clusters' })}.`,
      evaluatedPerLevel: (list: string) => `The evaluated clusters per level (derived): ${list}.`,
      programmePerLevel: (list: string) => `Cluster projects per level today: ${list}.`,
      events: (count: number, from: number, to: number) =>
        plural(count, 'en', { one: `One event, ${from}.`, other: `${enNum(count)} events from ${from} to ${to}.` }),
      latestEvent: (when: string, text: string) => `Latest: ${when} – ${text}`,
      rank: (rank: number, of: number, level: string) => `Rank ${rank} of ${of}, level ${level}.`,
      share: (value: string) => `Share agreeing: ${value}.`,
      shareUnknown: (bound: string | null) =>
        bound === null ? 'The share is not published.' : `The share is not published; at most ${bound} (derived).`,
      members: (text: string) => `Members: ${text}.`,
      membersUnknown: 'The number of members was not found in the sources.',
      home: (home: string, sector: string) => `${home}; ${sector}.`,
      exit: (range: string) => `Left the programme: ${range}.`,
      formerNames: (names: string) => `Former names: ${names}.`,
    },
  },
});

export type PresenterMessages = (typeof presenterMessages)['nb'];
