import type { ComponentType } from 'react';
import { nameCollator } from '../../i18n/format';
import { shellMessages } from '../../i18n/shell-messages';
import { paths } from '../../lib/paths';
import type { ParamName } from '../../state/filters/url-codec';
import type { ViewDefinition } from './view-definition';

/** Every view keeps the language; presentation mode (present, slide, step) works over every site view. */
const ALWAYS: readonly ParamName[] = ['lang', 'present', 'slide', 'step'];

/** For a view whose first render sorts names: the collator of the prerendered pages' language (Norwegian). */
const prepareNameSorting = () => {
  nameCollator('nb');
};

/**
 * The view registry: each view of the app, declared once (ADR 013). Order is the presentation deck's
 * order (ranking, levels, timeline, programme, then one slide per cluster); the navigation has its own `order`.
 * Light on purpose: pages and slides are loaded through the functions, never imported here.
 */
export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'ranking',
    route: '',
    page: () => import('../ranking-page').then((m) => m.RankingPage),
    nav: { order: 1, path: paths.ranking(), label: (lang) => shellMessages[lang].nav.ranking, end: true },
    keeps: ['level', 'q', 'sort', ...ALWAYS],
    prerender: () => [paths.ranking()],
    figures: ['ranking'],
    slides: () => import('../slides/ranking-slides').then((m) => m.rankingSlides),
    embeds: () => import('../embeds/ranking-embeds').then((m) => m.rankingEmbeds),
  },
  {
    id: 'directory',
    route: 'clusters',
    page: () => import('../clusters-page').then((m) => m.ClustersPage),
    nav: { order: 2, path: paths.clusters(), label: (lang) => shellMessages[lang].nav.clusters },
    keeps: ['level', 'q', 'sort', ...ALWAYS],
    prerender: () => [paths.clusters()],
    figures: [],
    slides: null,
    embeds: null,
    beforeFirstRender: prepareNameSorting,
  },
  {
    id: 'levels',
    route: 'levels',
    page: () => import('../levels-page').then((m) => m.LevelsPage),
    nav: { order: 3, path: paths.levels(), label: (lang) => shellMessages[lang].nav.levels },
    keeps: ['level', ...ALWAYS],
    prerender: () => [paths.levels()],
    figures: ['levels-rank'],
    slides: () => import('../slides/levels-slides').then((m) => m.levelsSlides),
    embeds: () => import('../embeds/levels-embeds').then((m) => m.levelsEmbeds),
    beforeFirstRender: prepareNameSorting,
  },
  {
    id: 'timeline',
    route: 'timeline',
    page: () => import('../timeline-page').then((m) => m.TimelinePage),
    nav: { order: 5, path: paths.timeline(), label: (lang) => shellMessages[lang].nav.timeline },
    keeps: ['level', ...ALWAYS],
    prerender: () => [paths.timeline()],
    figures: ['timeline-milestones', 'timeline-periods', 'timeline-all-periods'],
    slides: () => import('../slides/timeline-slides').then((m) => m.timelineSlides),
    embeds: () => import('../embeds/timeline-embeds').then((m) => m.timelineEmbeds),
    beforeFirstRender: prepareNameSorting,
  },
  {
    id: 'programme',
    route: 'programme',
    page: () => import('../programme-page').then((m) => m.ProgrammePage),
    // In the navigation between the levels and the timeline; in the deck after the timeline's slides.
    nav: { order: 4, path: paths.programme(), label: (lang) => shellMessages[lang].nav.programme },
    // The programme's figures read no filter.
    keeps: ALWAYS,
    prerender: () => [paths.programme()],
    figures: [
      'programme-clusters',
      'programme-intakes',
      'programme-budget',
      'programme-member-firms',
      'programme-effects',
    ],
    slides: () => import('../slides/programme-slides').then((m) => m.programmeSlides),
    embeds: () => import('../embeds/programme-embeds').then((m) => m.programmeEmbeds),
  },
  {
    id: 'cluster',
    route: 'clusters/:slug',
    page: () => import('../cluster-page').then((m) => m.ClusterPage),
    nav: null,
    // The cluster page reads no filter, but its links back to the ranking keep the visitor's filters.
    keeps: ['level', 'q', 'sort', ...ALWAYS],
    // Every cluster of the directory has a page; the evaluated ones keep their evaluation panel.
    prerender: (data) => data.directory.map((cluster) => paths.cluster(cluster.slug)),
    figures: [],
    slides: () => import('../slides/cluster-slides').then((m) => m.clusterSlides),
    embeds: null,
  },
  {
    id: 'level',
    route: 'levels/:level',
    page: () => import('../level-page').then((m) => m.LevelPage),
    nav: null,
    keeps: ['level', ...ALWAYS],
    prerender: (data) => data.levels.map((level) => paths.level(level.id)),
    figures: [],
    slides: null,
    embeds: null,
    beforeFirstRender: prepareNameSorting,
  },
  {
    id: 'sources',
    route: 'sources',
    page: () => import('../sources-page').then((m) => m.SourcesPage),
    nav: { order: 6, path: paths.sources(), label: (lang) => shellMessages[lang].nav.sources },
    keeps: ALWAYS,
    prerender: () => [paths.sources()],
    figures: [],
    slides: null,
    embeds: null,
  },
  {
    id: 'not-found',
    route: '*',
    page: () => import('../not-found-page').then((m) => m.NotFoundPage),
    nav: null,
    keeps: ALWAYS,
    prerender: () => [],
    figures: [],
    slides: null,
    embeds: null,
  },
];

/** The speaker view of presentation mode: its own bare layout in a second window, outside the site. */
export const SPEAKER_VIEW: ViewDefinition = {
  id: 'speaker',
  route: '/speaker',
  page: () => import('../speaker-page').then((m) => m.SpeakerPage),
  nav: null,
  keeps: ['level', 'q', 'sort', 'lang', 'present', 'slide', 'step'],
  prerender: () => [],
  figures: [],
  slides: null,
  embeds: null,
};

/** The main navigation's entries, in order. */
export function navEntries(): (ViewDefinition & { nav: NonNullable<ViewDefinition['nav']> })[] {
  return VIEWS.flatMap((view) => (view.nav ? [{ ...view, nav: view.nav }] : [])).sort(
    (a, b) => a.nav.order - b.nav.order,
  );
}

/** A chart that other sites may frame: its id, the view that draws it, and its embed page (lazy). */
export interface EmbeddableChart {
  chartId: string;
  view: ViewDefinition;
  page: () => Promise<ComponentType>;
}

/** Every chart with an embed page (`/embed/<chartId>`, ADR 063): each figure of each view, no list by hand. */
export function embeddableCharts(): EmbeddableChart[] {
  return VIEWS.flatMap((view) => {
    const { embeds } = view;
    if (!embeds) return [];
    const viewPath = view.nav?.path ?? paths.ranking();
    return view.figures.map((chartId) => ({
      chartId,
      view,
      page: () =>
        Promise.all([embeds(), import('../embed-page')]).then(([figures, m]) =>
          m.embedPageFor(chartId, figures[chartId], viewPath),
        ),
    }));
  });
}
