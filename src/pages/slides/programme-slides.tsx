import { PROGRAMME_CHARTS, ProgrammeFigure, type ProgrammeChart } from '../../features/programme/programme-figure';
import { programmeMessages } from '../../features/programme/programme-messages';
import { programmeNotes, programmeSourceIds } from '../../features/programme/programme-notes';
import { PROGRAMME_CHART_DATA } from '../../features/programme/programme-series';
import type { TextContext } from '../../features/programme/year-bars-text';
import { levelNames } from '../../domain/levels';
import type { Dataset } from '../../data/validate';
import type { Lang } from '../../i18n/lang';
import type { ViewSlides } from '../views/view-definition';

type Messages = (typeof programmeMessages)[Lang];

const TITLE: Record<ProgrammeChart, (t: Messages) => string> = {
  'programme-clusters': (t) => t.clustersTitle,
  'programme-intakes': (t) => t.intakesTitle,
  'programme-budget': (t) => t.budgetTitle,
  'programme-member-firms': (t) => t.firmsTitle,
  'programme-effects': (t) => t.effectsTitle,
};

const context = (dataset: Dataset, lang: Lang): TextContext => ({
  t: programmeMessages[lang],
  lang,
  levelNames: levelNames(dataset.levels),
  sources: dataset.sources,
});

/** A slide per /programme figure (the programme reads no filter, so the slides are always the same five). */
export const programmeSlides: ViewSlides = () =>
  PROGRAMME_CHARTS.map((chart) => ({
    chartId: chart,
    title: (lang) => TITLE[chart](programmeMessages[lang]),
    draw: ({ dataset, variant }) => <ProgrammeFigure dataset={dataset} chart={chart} variant={variant} />,
    sourceIds: (dataset) => programmeSourceIds(PROGRAMME_CHART_DATA[chart](dataset.programme)),
    notes: (dataset, _deck, lang) =>
      programmeNotes(PROGRAMME_CHART_DATA[chart](dataset.programme), context(dataset, lang)),
  }));
