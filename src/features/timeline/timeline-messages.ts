import { formatNumber } from '../../i18n/format';
import { plural } from '../../i18n/plural';
import { defineMessages } from '../../i18n/define-messages';

export const timelineMessages = defineMessages({
  nb: {
    title: (years: string | null) => (years ? `Klyngeprogrammet ${years}` : 'Klyngeprogrammet'),
    lead: 'Milepæler i programmet, med datoen så presis som kilden oppgir den, og hver evaluerte klynges periode på sitt nivå.',
    filterNotice: (levels: string, shown: string, total: string) =>
      `Nivåfilteret er på: viser ${shown} av ${total} klynger (${levels}). Milepælene vises uansett.`,
    precision: { year: 'år', month: 'måned', day: 'dag', range: 'periode' },
    milestonesTitle: (years: string) => `Milepæler ${years}`,
    /** A continued slide of the milestones (a slide holds only so many rows). */
    milestonesTitleContinued: (years: string) => `Milepæler ${years} (forts.)`,
    milestonesSummary: (count: string, first: string, last: string) =>
      `${count} milepæler fra ${first} til ${last}; en hendelse som kilden bare tidfester til et år, dekker hele året, en måned dekker måneden og en dato er et punkt.`,
    milestonesSource: 'Kildene står for hver milepæl i tabellen.',
    milestonesTableCaption: 'Milepæler i klyngeprogrammet',
    legendYear: 'Bare året er kjent (dekker året)',
    legendMonth: 'Måned',
    legendDay: 'Dag',
    legendRange: 'Periode',
    colNumber: 'Nr.',
    colDate: 'Når',
    colPrecision: 'Presisjon',
    colEvent: 'Hva skjedde',
    colSources: 'Kilder',
    periodsTitle: 'De evaluerte klyngenes periode på nivået',
    periodsTitleContinued: 'De evaluerte klyngenes periode på nivået (forts.)',
    periodsSummary: (count: string, levels: string, exitRange: string | null) =>
      exitRange === null
        ? `${count} klynger (${levels}) fra de fikk nivået til de gikk ut.`
        : `${count} klynger (${levels}) fra de fikk nivået til de gikk ut; året hver gikk ut er ikke publisert, bare at det var i ${exitRange}, så slutten er tegnet som et usikkert spenn.`,
    periodsSummaryEmpty: 'Ingen av de evaluerte klyngene har de valgte nivåene.',
    periodsSource: 'Inngang: klyngenes egne kilder (se tabellen). Utgang: Menon Economics (2024).',
    periodsTableCaption: 'De evaluerte klyngenes periode på nivået',
    legendHeld: 'På nivået',
    legendEntryRange: 'Usikker inngang (bare år eller et spenn av år)',
    legendExitRange: 'Usikker utgang (året er ikke publisert)',
    colCluster: 'Klynge',
    colLevel: 'Nivå',
    colEntry: 'Fikk nivået',
    colExit: 'Gikk ut',
    colNote: 'Merknad',
    inferred: 'utledet',
    exitRange: (range: string) => `i ${range} (året er ikke publisert)`,
    tooltip: (name: string, level: string, entry: string, exit: string) =>
      `${name} (${level}): fikk nivået ${entry}; gikk ut ${exit}. Åpne klyngesiden.`,
    allTitle: 'Alle klyngene med kilde: periodene på hvert nivå',
    allTitleLevel: (level: string) => `Alle klyngene med kilde: periodene på ${level}`,
    allNotesRows: (rows: number, evaluated: number) =>
      `${formatNumber(rows, 'nb')} ${plural(rows, 'nb', { one: 'periode', other: 'perioder' })} på lysbildet; ${formatNumber(evaluated, 'nb')} av dem for evaluerte klynger (avledet fra klyngekatalogen).`,
    allNotesStarts: (count: number) =>
      `Start ikke publisert for ${formatNumber(count, 'nb')} ${plural(count, 'nb', { one: 'periode', other: 'perioder' })}.`,
    allNotesEnds: (count: number) =>
      `Slutt ikke publisert for ${formatNumber(count, 'nb')} ${plural(count, 'nb', { one: 'periode', other: 'perioder' })}.`,
    allTitlePart: (level: string, part: number, parts: number) =>
      `Alle klyngene med kilde: periodene på ${level} (del ${part} av ${parts})`,
    allSummary: (count: string, levels: string) =>
      `${count} perioder (${levels}) for klyngene med kilde, gruppert etter nivå; en start eller slutt som bare er kjent som et år eller et spenn er skravert, og en som ikke er publisert er skravert til kanten av aksen.`,
    allSummaryEmpty: 'Ingen klynger med kilde har de valgte nivåene.',
    allSource: 'Klyngekatalogen (clusters.json): kildene for hver periode står i tabellen.',
    allTableCaption: 'Alle klyngene med kilde og periodene deres på hvert nivå',
    groupHeading: (level: string, count: string) => `${level} (${count})`,
    notPublished: 'ikke publisert',
    noBar: 'start og slutt ikke publisert',
    evaluatedFlag: 'evaluert',
    levelInferred: 'nivå utledet',
    legendUnknownEdge: 'Skravert til kanten: start eller slutt ikke publisert',
    inferredEntry: 'inngang utledet',
  },
  en: {
    title: (years: string | null) => (years ? `The cluster programme ${years}` : 'The cluster programme'),
    lead: 'Milestones of the programme, each dated as precisely as its source gives it, and each evaluated cluster’s period at its level.',
    filterNotice: (levels: string, shown: string, total: string) =>
      `The level filter is on: showing ${shown} of ${total} clusters (${levels}). The milestones are always shown.`,
    precision: { year: 'year', month: 'month', day: 'day', range: 'period' },
    milestonesTitle: (years: string) => `Milestones ${years}`,
    milestonesTitleContinued: (years: string) => `Milestones ${years} (cont.)`,
    milestonesSummary: (count: string, first: string, last: string) =>
      `${count} milestones from ${first} to ${last}; an event its source dates only to a year covers the whole year, a month covers the month and a date is a point.`,
    milestonesSource: 'The sources of each milestone are in the table.',
    milestonesTableCaption: 'Milestones of the cluster programme',
    legendYear: 'Only the year is known (covers the year)',
    legendMonth: 'Month',
    legendDay: 'Day',
    legendRange: 'Period',
    colNumber: 'No.',
    colDate: 'When',
    colPrecision: 'Precision',
    colEvent: 'What happened',
    colSources: 'Sources',
    periodsTitle: 'The evaluated clusters’ period at their level',
    periodsTitleContinued: 'The evaluated clusters’ period at their level (cont.)',
    periodsSummary: (count: string, levels: string, exitRange: string | null) =>
      exitRange === null
        ? `${count} clusters (${levels}) from gaining their level until they left.`
        : `${count} clusters (${levels}) from gaining their level until they left; the year each left is not published, only that it was in ${exitRange}, so the end is drawn as an uncertain span.`,
    periodsSummaryEmpty: 'None of the evaluated clusters has the selected levels.',
    periodsSource: 'Entry: the clusters’ own sources (see the table). Exit: Menon Economics (2024).',
    periodsTableCaption: 'The evaluated clusters’ period at their level',
    legendHeld: 'At the level',
    legendEntryRange: 'Uncertain entry (only a year, or a span of years)',
    legendExitRange: 'Uncertain exit (the year is not published)',
    colCluster: 'Cluster',
    colLevel: 'Level',
    colEntry: 'Gained the level',
    colExit: 'Left',
    colNote: 'Note',
    inferred: 'inferred',
    exitRange: (range: string) => `in ${range} (the year is not published)`,
    tooltip: (name: string, level: string, entry: string, exit: string) =>
      `${name} (${level}): gained the level ${entry}; left ${exit}. Opens the cluster page.`,
    allTitle: 'Every sourced cluster: the periods on each level',
    allTitleLevel: (level: string) => `Every sourced cluster: the periods on ${level}`,
    allNotesRows: (rows: number, evaluated: number) =>
      `${formatNumber(rows, 'en')} ${plural(rows, 'en', { one: 'period', other: 'periods' })} on the slide; ${formatNumber(evaluated, 'en')} of them of evaluated clusters (derived from the cluster directory).`,
    allNotesStarts: (count: number) =>
      `Start not published for ${formatNumber(count, 'en')} ${plural(count, 'en', { one: 'period', other: 'periods' })}.`,
    allNotesEnds: (count: number) =>
      `End not published for ${formatNumber(count, 'en')} ${plural(count, 'en', { one: 'period', other: 'periods' })}.`,
    allTitlePart: (level: string, part: number, parts: number) =>
      `Every sourced cluster: the periods on ${level} (part ${part} of ${parts})`,
    allSummary: (count: string, levels: string) =>
      `${count} periods (${levels}) of the sourced clusters, grouped by level; a start or end known only as a year or a span is hatched, and one that is not published is hatched to the edge of the axis.`,
    allSummaryEmpty: 'No sourced cluster has the selected levels.',
    allSource: 'The cluster directory (clusters.json): the sources of each period are in the table.',
    allTableCaption: 'Every sourced cluster and its periods on each level',
    groupHeading: (level: string, count: string) => `${level} (${count})`,
    notPublished: 'not published',
    noBar: 'start and end not published',
    evaluatedFlag: 'evaluated',
    levelInferred: 'level inferred',
    legendUnknownEdge: 'Hatched to the edge: start or end not published',
    inferredEntry: 'entry inferred',
  },
});
