import { presenterMessages } from '../../features/presenter/presenter-messages';
import {
  milestonesNotes,
  milestonesSourceIds,
  periodsNotes,
  periodsSourceIds,
} from '../../features/presenter/slide-content';
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
import type { Slide } from '../../features/presenter/slides';
import type { ViewSlides } from '../views/view-definition';

/**
 * The programme's milestones, the evaluated clusters' periods, then every sourced cluster's periods (level
 * filter as on the page) on one time axis. Those are some 100 rows: one level per slide, a long level continued
 * on further slides of at most 20 rows (`programmePeriodPages`), so the rows keep the slide's type.
 */
export const timelineSlides: ViewSlides = (dataset, filters) => {
  const figures = timelineFigures(dataset, filters.levels);
  const names = levelNames(dataset.levels);
  const order = levelOrder(dataset.levels);
  const pages = programmePeriodPages(figures.programmePeriods, order);
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
    ...pages.map((page, index): Slide => ({
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
    })),
  ];
};
