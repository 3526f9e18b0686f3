import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MILESTONES_PER_SLIDE, PERIODS_PER_SLIDE, splitForSlides } from '../../src/features/presenter/continued-slides';
import { loadBundledDataset } from '../dataset';
import { PROGRAMME_CHART_DATA } from '../../src/features/programme/programme-series';
import { toYearBarRows } from '../../src/features/programme/year-bars';
import { yearBarPages } from '../../src/features/programme/year-bar-pages';
import { programmePeriodPages } from '../../src/features/timeline/programme-period-pages';
import { timelineFigures } from '../../src/features/timeline/timeline-figures';
import { levelOrder } from '../../src/domain/levels';
import { setupBrowser } from './support/browser';
import { slideOf } from './support/routes';

const { newPage, visit } = setupBrowser();

/** The screens of meeting rooms: laptops, an old projector, a large screen, a portrait phone. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
  { width: 360, height: 800 },
] as const;

const EVENTS = (
  JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')) as { events: unknown[] }
).events;
/** The milestones' rows on their slide and its continued slides; the same for the 19 evaluated clusters' periods. */
const MILESTONE_PARTS = splitForSlides(EVENTS, MILESTONES_PER_SLIDE).map((part) => part.length);
const PERIOD_PARTS = splitForSlides(Array.from({ length: 19 }), PERIODS_PER_SLIDE).map((part) => part.length);

const bundled = loadBundledDataset();
const { programme } = bundled;
/** The rows of a programme figure's first slide: one per sourced value, one per year without a figure. */
const programmeRows = (chart: keyof typeof PROGRAMME_CHART_DATA) =>
  toYearBarRows(yearBarPages(PROGRAMME_CHART_DATA[chart](programme).groups)[0] ?? []).length;
const YEAR_MARKS = '.year-bars__bar, .year-bars__gap';
/** Every sourced cluster's periods as the slides split them (one level a slide, continued when long). */
const ALL_PERIOD_PAGES = programmePeriodPages(
  timelineFigures(bundled, []).programmePeriods,
  levelOrder(bundled.levels),
);
const CAPTION = '.chart-figure__caption h2';

/**
 * Each overview slide (every continued milestone and period slide; the first of each programme figure and the
 * every-cluster periods' first and shortest) and the first cluster slide (the deck's order comes from the view registry), with what must
 * be seen on it: its title and every mark or row.
 */
const SLIDES = [
  { slide: 1, name: 'ranking', title: '.chart-figure__caption h2', marks: '.ranking-bar, .ranking-unknown', count: 19 },
  { slide: 2, name: 'levels', title: '.chart-figure__caption h2', marks: '.rank-dot', count: 19 },
  ...MILESTONE_PARTS.map((count, i) => ({
    slide: slideOf('timeline-milestones') + i,
    name: i === 0 ? 'timeline' : `timeline (cont. ${i})`,
    title: '.chart-figure__caption h2',
    marks: '.tl-row',
    count,
  })),
  ...PERIOD_PARTS.map((count, i) => ({
    slide: slideOf('timeline-periods') + i,
    name: i === 0 ? 'timeline-periods' : `timeline-periods (cont. ${i})`,
    title: '.chart-figure__caption h2',
    marks: '.tl-row',
    count,
  })),
  // Arena's periods on several slides (the first is the longest); GCE's three on one.
  {
    slide: slideOf('timeline-all-periods'),
    name: 'timeline-all-periods',
    title: CAPTION,
    marks: '.tl-row',
    count: ALL_PERIOD_PAGES[0]?.rows.length ?? 0,
  },
  {
    slide: slideOf('timeline-all-periods-gce-1'),
    name: 'timeline-all-gce',
    title: CAPTION,
    marks: '.tl-row',
    count: 3,
  },
  ...(
    [
      'programme-clusters',
      'programme-intakes',
      'programme-budget',
      'programme-member-firms',
      'programme-effects',
    ] as const
  ).map((chart) => ({
    slide: slideOf(chart),
    name: chart,
    title: CAPTION,
    marks: YEAR_MARKS,
    count: programmeRows(chart),
  })),
  {
    slide: slideOf('cluster-nce-norway-health-tech'),
    name: 'cluster',
    title: '.cluster-slide__name',
    marks: '.cluster-slide__facts dd',
    count: 4,
  },
];

/** What of the slide a viewer cannot see: elements outside the viewport, and any scrolling. */
function unseen(page: Page, title: string, marks: string) {
  return page.evaluate(
    ({ title, marks }) => {
      const slide = document.querySelector('.presentation__slide');
      if (!slide) return { problems: ['no slide'], marks: 0 };
      const problems: string[] = [];
      const outside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.top < -0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5;
      };
      const heading = slide.querySelector(title);
      if (!heading) problems.push('no title');
      else if (outside(heading)) problems.push(`title "${heading.textContent}" outside the viewport`);
      const found = [...slide.querySelectorAll(marks)];
      for (const el of found) {
        if (outside(el)) problems.push(`"${(el.textContent || el.outerHTML).slice(0, 40)}" outside the viewport`);
      }
      for (const el of slide.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && outside(el)) problems.push(`${el.tagName} outside the viewport`);
      }
      if (slide.scrollTop !== 0) problems.push(`slide scrolled by ${slide.scrollTop}`);
      if ((document.scrollingElement?.scrollTop ?? 0) !== 0) problems.push('page scrolled');
      return { problems: problems.slice(0, 5), marks: found.length };
    },
    { title, marks },
  );
}

/** The smallest text on the slide as drawn (its computed size times the slide's scale), with the text. */
function smallestText(page: Page) {
  return page.evaluate(() => {
    const inner = document.querySelector('.presentation__slide-inner');
    const scale = Number(inner?.getAttribute('data-fit-scale') ?? '1');
    let smallest = { size: Infinity, text: '' };
    for (const el of inner?.querySelectorAll('*') ?? []) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      // Text a viewer sees: laid out and not hidden (a chart's tooltip waits hidden until hovered).
      if (!ownText || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (size < smallest.size) smallest = { size, text: el.textContent.slice(0, 40) };
    }
    return smallest;
  });
}

async function openSlide(page: Page, slide: number, marks: string) {
  await visit(page, `/?present=1&slide=${slide}`);
  await page.locator(`.presentation__slide-inner[data-fit-scale] :is(${marks})`).first().waitFor();
}

describe('every slide fits the screen, whole', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: title and every mark inside the viewport, nothing scrolled`, async () => {
      const { page, errors } = await newPage({ ...size, reducedMotion: 'reduce' });
      for (const { slide, name, title, marks, count } of SLIDES) {
        await openSlide(page, slide, marks);
        await expect
          .poll(() => unseen(page, title, marks), { message: `${name} slide at ${size.width}×${size.height}` })
          .toEqual({ problems: [], marks: count });
      }
      expect(errors).toEqual([]);
    });
  }
});

/**
 * ADR 023: chart and slide text at least 20 px on a 1920×1080 screen and 14 px at 1024×768 (the same
 * visual angle), on every slide: the timeline's long lists meet it on continued slides.
 */
describe('slide text a room can read', () => {
  const MINIMUM = [
    { width: 1920, height: 1080, px: 20 },
    { width: 1024, height: 768, px: 14 },
  ] as const;
  for (const { width, height, px } of MINIMUM) {
    it(`the smallest text on every overview slide and a cluster slide is at least ${px} px at ${width}×${height}`, async () => {
      const { page } = await newPage({ width, height, reducedMotion: 'reduce' });
      for (const { slide, name, marks } of SLIDES) {
        await openSlide(page, slide, marks);
        const smallest = await smallestText(page);
        expect(smallest.size, `${name}: "${smallest.text}"`).toBeGreaterThanOrEqual(px);
      }
    });
  }
});
