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
import { ProgrammePeriodFigure } from '../../features/timeline/programme-period-figure';
import {
  programmePeriodPageNotes,
  programmePeriodPages,
  programmePeriodPageSources,
  programmePeriodPageTitle,
} from '../../features/timeline/programme-period-pages';
import { timelineFigures } from '../../features/timeline/timeline-figures';
import { levelNames, levelOrder } from '../../domain/levels';
import type { ViewSlides } from '../views/view-definition';

/**
 * The programme's milestones, the evaluated clusters' periods, then every sourced cluster's periods (level filter
 * as on the page), on one time axis. Each is more rows than one slide holds at legible type (ADR 023): the
 * milestones and the evaluated periods go on a slide and its continued slides ("(forts.)"); every cluster's
 * periods (some 100 rows) one level a slide, a long level continued on slides of at most 10 rows
 * (`programmePeriodPages`).
 */
export const timelineSlides: ViewSlides = (dataset, filters) => {
  const figures = timelineFigures(dataset, filters.levels);
  const names = levelNames(dataset.levels);
  const order = levelOrder(dataset.levels);
  const pages = programmePeriodPages(figures.programmePeriods, order);
  const parts = splitForSlides(figures.milestones, MILESTONES_PER_SLIDE);
  const milestoneSlides = parts.map((part, index): Slide => ({
    // The first keeps the figure's id (its "Fullskjerm" opens it); the continued ones are numbered.
    chartId: index === 0 ? 'timeline-milestones' : `timeline-milestones-${index + 1}`,
    title: (lang) => {
      const t = presenterMessages[lang];
      const title = t.slideTitle.timeline(figures.years);
      return index === 0 ? title : `${title} ${t.continued}`;
    },
    draw: ({ variant }) => (
      <MilestoneFigure
        milestones={part}
        years={figures.years}
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
        names={names}
        sources={dataset.sources}
        variant={variant}
        continued={index > 0}
      />
    ),
    sourceIds: periodsSourceIds,
    notes: (data, _deck, lang) => periodsNotes(data, lang),
  }));
  const allPeriodSlides = pages.map((page, index): Slide => ({
    // The first page is the figure's slide (its full-screen button opens it); the others continue it.
    chartId: index === 0 ? 'timeline-all-periods' : `timeline-all-periods-${page.level ?? 'none'}-${page.part}`,
    title: (lang) => programmePeriodPageTitle(page, names, lang),
    draw: ({ variant }) => (
      <ProgrammePeriodFigure
        periods={page.rows}
        domain={figures.domain}
        names={names}
        order={order}
        sources={dataset.sources}
        page={page}
        variant={variant}
      />
    ),
    sourceIds: () => programmePeriodPageSources(page),
    notes: (_data, _deck, lang) => programmePeriodPageNotes(page, lang),
  }));
  return [...milestoneSlides, ...periodSlides, ...allPeriodSlides];
};
