import { MILESTONES_PER_SLIDE, splitForSlides } from '../../features/presenter/continued-slides';
import { presenterMessages } from '../../features/presenter/presenter-messages';
import {
  milestonesNotes,
  milestonesSourceIds,
  periodsNotes,
  periodsSourceIds,
} from '../../features/presenter/slide-content';
import type { Slide } from '../../features/presenter/slides';
import { MilestoneFigure } from '../../features/timeline/milestone-figure';
import { PeriodFigure } from '../../features/timeline/period-figure';
import { timelineFigures } from '../../features/timeline/timeline-figures';
import { levelNames } from '../../domain/levels';
import type { ViewSlides } from '../views/view-definition';

/**
 * The programme's milestones, then the clusters' periods (level filter as on the page), on one time
 * axis. The milestones are more rows than one slide holds at legible type (ADR 023): they go on a
 * slide and its continued slides ("(forts.)"), each on the same axis.
 */
export const timelineSlides: ViewSlides = (dataset, filters) => {
  const figures = timelineFigures(dataset, filters.levels);
  const parts = splitForSlides(figures.milestones, MILESTONES_PER_SLIDE);
  const milestoneSlides = parts.map((part, index): Slide => ({
    // The first keeps the figure's id (its "Fullskjerm" opens it); the continued ones are numbered.
    chartId: index === 0 ? 'timeline-milestones' : `timeline-milestones-${index + 1}`,
    title: (lang) => {
      const t = presenterMessages[lang];
      return index === 0 ? t.slideTitle.timeline : `${t.slideTitle.timeline} ${t.continued}`;
    },
    draw: ({ variant }) => (
      <MilestoneFigure
        milestones={part}
        domain={figures.domain}
        sources={dataset.sources}
        variant={variant}
        continued={index > 0}
      />
    ),
    sourceIds: (data) =>
      parts.length === 1 ? milestonesSourceIds(data) : [...new Set(part.flatMap((m) => m.sources))],
    notes: (data, _deck, lang) => milestonesNotes(data, lang),
  }));
  return [
    ...milestoneSlides,
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
