import type { Slide } from '../../features/presenter/slides';
import {
  PROGRAMME_CHARTS,
  ProgrammeFigure,
  programmeTitle,
  type ProgrammeFigurePage,
} from '../../features/programme/programme-figure';
import { programmeMessages } from '../../features/programme/programme-messages';
import { programmeNotes, programmeSourceIds } from '../../features/programme/programme-notes';
import { PROGRAMME_CHART_DATA } from '../../features/programme/programme-series';
import { yearBarPages } from '../../features/programme/year-bar-pages';
import type { TextContext } from '../../features/programme/year-bars-text';
import { levelNames } from '../../domain/levels';
import type { Dataset } from '../../data/validate';
import type { Lang } from '../../i18n/lang';
import type { ViewSlides } from '../views/view-definition';

const context = (dataset: Dataset, lang: Lang): TextContext => ({
  t: programmeMessages[lang],
  lang,
  levelNames: levelNames(dataset.levels),
  sources: dataset.sources,
});

/**
 * A slide per /programme figure; a figure with more rows than a slide can show legibly (ADR 023) is continued
 * on further slides, whole years each (`yearBarPages`). The programme reads no filter.
 */
export const programmeSlides: ViewSlides = (dataset) =>
  PROGRAMME_CHARTS.flatMap((chart) => {
    const pages = yearBarPages(PROGRAMME_CHART_DATA[chart](dataset.programme).groups);
    return pages.map((groups, index): Slide => {
      const page: ProgrammeFigurePage = { part: index + 1, parts: pages.length, groups };
      const data = { groups, unplaced: [] };
      return {
        // The first slide is the figure's (its full-screen button opens it); the others continue it.
        chartId: index === 0 ? chart : `${chart}-${page.part}`,
        title: (lang) => programmeTitle(chart, programmeMessages[lang], page),
        draw: ({ dataset: drawn, variant }) => (
          <ProgrammeFigure dataset={drawn} chart={chart} page={page} variant={variant} />
        ),
        sourceIds: () => programmeSourceIds(data),
        notes: (_data, _deck, lang) => programmeNotes(data, context(dataset, lang)),
      };
    });
  });
