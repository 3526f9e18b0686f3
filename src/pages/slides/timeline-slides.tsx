import { presenterMessages } from '../../features/presenter/presenter-messages';
import {
  milestonesNotes,
  milestonesSourceIds,
  periodsNotes,
  periodsSourceIds,
} from '../../features/presenter/slide-content';
import { MilestoneFigure } from '../../features/timeline/milestone-figure';
import { PeriodFigure } from '../../features/timeline/period-figure';
import { timelineFigures } from '../../features/timeline/timeline-figures';
import { levelNames } from '../../domain/levels';
import type { ViewSlides } from '../views/view-definition';

/** Two slides: the programme's milestones, and the clusters' periods (level filter as on the page), on one time axis. */
export const timelineSlides: ViewSlides = (dataset, filters) => {
  const figures = timelineFigures(dataset, filters.levels);
  return [
    {
      chartId: 'timeline-milestones',
      title: (lang) => presenterMessages[lang].slideTitle.timeline,
      draw: ({ variant }) => (
        <MilestoneFigure
          milestones={figures.milestones}
          domain={figures.domain}
          sources={dataset.sources}
          variant={variant}
        />
      ),
      sourceIds: milestonesSourceIds,
      notes: (data, _deck, lang) => milestonesNotes(data, lang),
    },
    {
      chartId: 'timeline-periods',
      title: (lang) => presenterMessages[lang].slideTitle.timelinePeriods,
      draw: ({ variant }) => (
        <PeriodFigure
          periods={figures.periods}
          domain={figures.domain}
          names={levelNames(dataset.levels)}
          sources={dataset.sources}
          variant={variant}
        />
      ),
      sourceIds: periodsSourceIds,
      notes: (data, _deck, lang) => periodsNotes(data, lang),
    },
  ];
};
