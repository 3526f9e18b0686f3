// The first tap (issue 15): at 4× CPU slowdown, a control is tapped as soon as the page has painted (its first
// contentful paint), and again, on a fresh load, as soon as the app has started (the prerender's mark is gone),
// before the page is idle. Measured: the Event Timing API's duration of the interaction (input → next paint,
// `interactionId`, as INP counts it), and tap → the tap's effect on screen (the URL says so, then a frame).
// A tap on static markup, before the app runs, has no effect until it does: that wait is the second figure.
import { median } from './lighthouse.mjs';

export const CPU_SLOWDOWN = 4;
const EFFECT_WAIT_MS = 20_000;

/**
 * The controls tapped, per app: a locator, and the URL change that shows the tap took effect.
 * @typedef {{ label: string, path: string, locate: (page: import('playwright-core').Page) => import('playwright-core').Locator, effect: string }} Tap
 */

/** @type {Tap[]} */
export const PROJECT_TAPS = [
  {
    label: 'level chip "NCE" on /',
    path: '/',
    locate: (page) => page.getByRole('checkbox', { name: /^NCE/ }).first(),
    effect: 'level=',
  },
  {
    label: 'sort header "Klynge" on /',
    path: '/',
    locate: (page) => page.getByRole('button', { name: /^Klynge$/ }).first(),
    effect: 'sort=',
  },
  {
    label: 'presentation button on /',
    path: '/',
    locate: (page) => page.getByRole('group', { name: /Vis og del/ }).getByRole('button', { name: 'Fullskjerm' }),
    effect: 'present=',
  },
  {
    label: 'level chip "NCE" on /timeline',
    path: '/timeline',
    locate: (page) => page.getByRole('checkbox', { name: /^NCE/ }).first(),
    effect: 'level=',
  },
];

/** @type {Tap[]} */
export const BASELINE_TAPS = [
  {
    label: 'metric button on / (baseline)',
    path: '/',
    locate: (page) => page.getByRole('button', { name: /^Show / }),
    effect: '',
  },
];

/** Records the Event Timing entries of interactions (durations ≥ 16 ms: the API's smallest threshold). */
const OBSERVE_EVENTS = () => {
  /** @type {{ name: string, duration: number, interactionId: number }[]} */
  const seen = [];
  Object.assign(globalThis, { __benchEvents: seen });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {PerformanceEventTiming[]} */ (list.getEntries())) {
      if (entry.interactionId)
        seen.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId });
    }
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
};

/**
 * One tap on a fresh load.
 * @param {import('playwright-core').Browser} browser @param {string} baseUrl @param {Tap} tap
 * @param {'painted' | 'live'} when
 */
async function tapOnce(browser, baseUrl, tap, when) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: false });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_EVENTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    const urlBefore = `${baseUrl}${tap.path}`;
    await page.goto(urlBefore, { waitUntil: 'commit' });
    if (when === 'painted') {
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
        polling: 100,
        timeout: 60_000,
      });
    } else {
      await page.waitForFunction(
        () => globalThis.document.querySelector('#root:not([data-prerendered])')?.firstElementChild,
        null,
        {
          polling: 50,
          timeout: 60_000,
        },
      );
    }
    const control = tap.locate(page);
    await control.waitFor({ timeout: 60_000 });
    // The tap is a press at the control's centre, as a finger's. Not `locator.click()`: its actionability
    // checks add listeners of Playwright's to the page for the press (a hit-target check on pointerdown,
    // pointerup and click) whose work, 25–30 ms at 4×, would be counted in the interaction's duration.
    await control.scrollIntoViewIfNeeded({ timeout: 60_000 });
    const box = await control.boundingBox();
    if (!box) throw new Error(`${tap.label}: not on screen`);
    const tappedAt = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // The tap's effect: the app writes it to the URL (the baseline's button changes its own label).
    const effectAt = await page
      .waitForFunction(
        (effect) => {
          const done = effect
            ? globalThis.location.search.includes(effect)
            : !globalThis.document.body.innerText.includes('Show cpu');
          return done ? performance.now() : false;
        },
        tap.effect,
        { polling: 'raf', timeout: EFFECT_WAIT_MS },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve, 0))));
    /** @type {{ name: string, duration: number, interactionId: number }[]} */
    const events = await page.evaluate(() => Reflect.get(globalThis, '__benchEvents') ?? []);
    const tapEvents = events.filter((e) =>
      ['pointerdown', 'pointerup', 'click', 'mousedown', 'mouseup', 'input', 'change'].includes(e.name),
    );
    return {
      interactionMs: tapEvents.length ? Math.max(...tapEvents.map((e) => e.duration)) : 16,
      effectMs: typeof effectAt === 'number' ? effectAt - tappedAt : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: 'project' | 'baseline', baseUrl: string, taps: Tap[] }[]} apps alternated tap by tap
 * @param {number} runs
 */
export async function measureFirstInteractions(browser, apps, runs) {
  /** @type {{ app: string, control: string, when: string, interactionMs: number, interactionMax: number, effectMs: number | null, effectMax: number | null, lost: number }[]} */
  const rows = [];
  for (const when of /** @type {const} */ (['painted', 'live'])) {
    const longest = Math.max(...apps.map((a) => a.taps.length));
    for (let index = 0; index < longest; index += 1) {
      /** @type {Map<string, { interaction: number[], effect: number[], lost: number, label: string }>} */
      const samples = new Map();
      for (let run = 0; run < runs; run += 1) {
        for (const app of apps) {
          const tap = app.taps[index];
          if (!tap) continue;
          const key = `${app.app}|${tap.label}`;
          const entry = samples.get(key) ?? { interaction: [], effect: [], lost: 0, label: tap.label };
          // A control that is not there (a changed page) is reported, not a reason to lose the whole run.
          const result = await tapOnce(browser, app.baseUrl, tap, when).catch((error) => {
            console.log(`bench: ${tap.label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
            return { interactionMs: Number.NaN, effectMs: null };
          });
          if (!Number.isNaN(result.interactionMs)) entry.interaction.push(result.interactionMs);
          if (result.effectMs === null) entry.lost += 1;
          else entry.effect.push(result.effectMs);
          samples.set(key, entry);
        }
      }
      for (const [key, s] of samples) {
        rows.push({
          app: key.split('|')[0] ?? '',
          control: s.label,
          when,
          interactionMs: s.interaction.length ? median(s.interaction) : Number.NaN,
          interactionMax: s.interaction.length ? Math.max(...s.interaction) : Number.NaN,
          effectMs: s.effect.length ? median(s.effect) : null,
          effectMax: s.effect.length ? Math.max(...s.effect) : null,
          lost: s.lost,
        });
      }
      console.log(`bench: first interaction ${when} #${index + 1} done`);
    }
  }
  return rows;
}
