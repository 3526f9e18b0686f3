import { MilestoneFigure } from '../../features/timeline/milestone-figure';
import { PeriodFigure } from '../../features/timeline/period-figure';
import { ProgrammePeriodFigure } from '../../features/timeline/programme-period-figure';
import { timelineFigures } from '../../features/timeline/timeline-figures';
import type { Dataset } from '../../data/validate';
import { levelNames, levelOrder } from '../../domain/levels';
import { useFilterStore } from '../../state/filters/filter-store';
import type { ViewEmbeds } from '../views/view-definition';

/** The programme's milestones alone (the level filter does not narrow them, as on /timeline). */
function MilestonesEmbed({ dataset }: { dataset: Dataset }) {
  const figures = timelineFigures(dataset, []);
  return (
    <MilestoneFigure
      milestones={figures.milestones}
      years={figures.years}
      domain={figures.domain}
      sources={dataset.sources}
      variant="embed"
    />
  );
}

/** The clusters' periods alone, narrowed by the level filter as on /timeline. */
function PeriodsEmbed({ dataset }: { dataset: Dataset }) {
  const levels = useFilterStore((s) => s.levels);
  const figures = timelineFigures(dataset, levels);
  return (
    <PeriodFigure
      periods={figures.periods}
      domain={figures.domain}
      names={levelNames(dataset.levels)}
      sources={dataset.sources}
      variant="embed"
    />
  );
}

/** Every sourced cluster's periods alone, narrowed by the level filter as on /timeline. */
function AllPeriodsEmbed({ dataset }: { dataset: Dataset }) {
  const levels = useFilterStore((s) => s.levels);
  const figures = timelineFigures(dataset, levels);
  return (
    <ProgrammePeriodFigure
      periods={figures.programmePeriods}
      domain={figures.domain}
      names={levelNames(dataset.levels)}
      order={levelOrder(dataset.levels)}
      sources={dataset.sources}
      variant="embed"
    />
  );
}

export const timelineEmbeds: ViewEmbeds = {
  'timeline-milestones': MilestonesEmbed,
  'timeline-periods': PeriodsEmbed,
  'timeline-all-periods': AllPeriodsEmbed,
};
