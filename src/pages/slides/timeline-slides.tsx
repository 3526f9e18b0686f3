import { MILESTONES_PER_SLIDE, PERIODS_PER_SLIDE, splitForSlides } from '../../features/presenter/continued-slides';
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
 * axis. Each is more rows than one slide holds at legible type (ADR 023): they go on a slide and its
 * continued slides ("(forts.)"), each on the same axis.
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
  const periodParts = splitForSlides(figures.periods, PERIODS_PER_SLIDE);
  const periodSlides = periodParts.map((part, index): Slide => ({
    chartId: index === 0 ? 'timeline-periods' : `timeline-periods-${index + 1}`,
    title: (lang) => {
      const t = presenterMessages[lang];
      return index === 0 ? t.slideTitle.timelinePeriods : `${t.slideTitle.timelinePeriods} ${t.continued}`;
    },
    draw: ({ variant }) => (
      <PeriodFigure
        periods={part}
        domain={figures.domain}
        names={levelNames(dataset.levels)}
        sources={dataset.sources}
        variant={variant}
        continued={index > 0}
      />
    ),
    sourceIds: periodsSourceIds,
    notes: (data, _deck, lang) => periodsNotes(data, lang),
  }));
  return [...milestoneSlides, ...periodSlides];
};
