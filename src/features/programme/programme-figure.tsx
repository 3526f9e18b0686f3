import type { FigureVariant } from '../../components/charts/figure-variant';
import type { Dataset } from '../../data/validate';
import { levelNames } from '../../domain/levels';
import { useLang, useMessages } from '../../i18n/use-messages';
import { programmeMessages } from './programme-messages';
import { PROGRAMME_CHART_DATA, type ProgrammeChartData } from './programme-series';
import { maxValue, type YearGroup } from './year-bars';
import { YearBarsFigure } from './year-bars-figure';
import type { TextContext } from './year-bars-text';
import './programme.css';

/** The figures of /programme, in page (and deck) order. */
export const PROGRAMME_CHARTS = [
  'programme-clusters',
  'programme-intakes',
  'programme-budget',
  'programme-member-firms',
  'programme-effects',
] as const;

export type ProgrammeChart = (typeof PROGRAMME_CHARTS)[number];

type Messages = (typeof programmeMessages)['nb'];

/** Each figure's title and the subject its summary names. */
export const PROGRAMME_TEXT: Record<ProgrammeChart, (t: Messages) => { title: string; subject: string }> = {
  'programme-clusters': (t) => ({ title: t.clustersTitle, subject: t.clustersSubject }),
  'programme-intakes': (t) => ({ title: t.intakesTitle, subject: t.intakesSubject }),
  'programme-budget': (t) => ({ title: t.budgetTitle, subject: t.budgetSubject }),
  'programme-member-firms': (t) => ({ title: t.firmsTitle, subject: t.firmsSubject }),
  'programme-effects': (t) => ({ title: t.effectsTitle, subject: t.effectsSubject }),
};

/** A slide's share of a long figure: some of its years (`yearBarPages`), and where they sit. */
export interface ProgrammeFigurePage {
  part: number;
  parts: number;
  groups: YearGroup[];
}

/** A figure's title; on a continued slide with its part ("del 2 av 3"). */
export function programmeTitle(chart: ProgrammeChart, t: Messages, page?: Omit<ProgrammeFigurePage, 'groups'>) {
  const { title } = PROGRAMME_TEXT[chart](t);
  return page === undefined || page.parts === 1 ? title : t.titlePart(title, page.part, page.parts);
}

/**
 * One figure of /programme, on its page or as a slide (the same component, another variant). On a slide a
 * long figure shows `page`: some of its years, the rest on the slides that continue it.
 */
export function ProgrammeFigure({
  dataset,
  chart,
  page,
  variant = 'page',
}: {
  dataset: Pick<Dataset, 'programme' | 'levels' | 'sources'>;
  chart: ProgrammeChart;
  page?: ProgrammeFigurePage;
  variant?: FigureVariant;
}) {
  const t = useMessages(programmeMessages);
  const lang = useLang();
  const { programme, levels, sources } = dataset;
  const ctx: TextContext = { t, lang, levelNames: levelNames(levels), sources };
  const all = PROGRAMME_CHART_DATA[chart](programme);
  const data: ProgrammeChartData = page === undefined ? all : { groups: page.groups, unplaced: [] };
  const props = {
    title: programmeTitle(chart, t, page),
    subject: PROGRAMME_TEXT[chart](t).subject,
    data,
    // One scale for the figure, on its page and on each of its slides.
    max: maxValue(all.groups),
    ctx,
    variant,
  };
  // Each figure's id written out, so the registry test finds every chartId in the source.
  switch (chart) {
    case 'programme-clusters':
      return <YearBarsFigure chartId="programme-clusters" {...props} />;
    case 'programme-intakes':
      return <YearBarsFigure chartId="programme-intakes" withApplicants {...props} />;
    case 'programme-budget':
      return <YearBarsFigure chartId="programme-budget" {...props} />;
    case 'programme-member-firms':
      return <YearBarsFigure chartId="programme-member-firms" {...props} />;
    case 'programme-effects':
      return <YearBarsFigure chartId="programme-effects" {...props} />;
  }
}
