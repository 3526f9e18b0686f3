import type { FigureVariant } from '../../components/charts/figure-variant';
import type { Dataset } from '../../data/validate';
import { levelNames } from '../../domain/levels';
import { useLang, useMessages } from '../../i18n/use-messages';
import { programmeMessages } from './programme-messages';
import {
  budgetByYear,
  clustersByYear,
  effectsByYear,
  intakesByYearAndLevel,
  memberFirmsByYear,
} from './programme-series';
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

/** One figure of /programme, on its page or as a slide (the same component, another variant). */
export function ProgrammeFigure({
  dataset,
  chart,
  variant = 'page',
}: {
  dataset: Pick<Dataset, 'programme' | 'levels' | 'sources'>;
  chart: ProgrammeChart;
  variant?: FigureVariant;
}) {
  const t = useMessages(programmeMessages);
  const lang = useLang();
  const { programme, levels, sources } = dataset;
  const ctx: TextContext = { t, lang, levelNames: levelNames(levels), sources };
  switch (chart) {
    case 'programme-clusters':
      return (
        <YearBarsFigure
          chartId="programme-clusters"
          title={t.clustersTitle}
          subject={t.clustersSubject}
          data={clustersByYear(programme)}
          ctx={ctx}
          variant={variant}
        />
      );
    case 'programme-intakes':
      return (
        <YearBarsFigure
          chartId="programme-intakes"
          title={t.intakesTitle}
          subject={t.intakesSubject}
          data={intakesByYearAndLevel(programme)}
          ctx={ctx}
          withApplicants
          variant={variant}
        />
      );
    case 'programme-budget':
      return (
        <YearBarsFigure
          chartId="programme-budget"
          title={t.budgetTitle}
          subject={t.budgetSubject}
          data={budgetByYear(programme)}
          ctx={ctx}
          variant={variant}
        />
      );
    case 'programme-member-firms':
      return (
        <YearBarsFigure
          chartId="programme-member-firms"
          title={t.firmsTitle}
          subject={t.firmsSubject}
          data={memberFirmsByYear(programme)}
          ctx={ctx}
          variant={variant}
        />
      );
    case 'programme-effects':
      return (
        <YearBarsFigure
          chartId="programme-effects"
          title={t.effectsTitle}
          subject={t.effectsSubject}
          data={effectsByYear(programme)}
          ctx={ctx}
          variant={variant}
        />
      );
  }
}
