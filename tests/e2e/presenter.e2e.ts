import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, setupBrowser } from './support/browser';
import { DECK, deckFor, slideOf } from './support/routes';

const { open } = setupBrowser();

/** The unfiltered deck's length (overview slides with their continued slides, one per cluster): from the registry. */
const COUNT = DECK.length;

const presentation = (page: Page) => page.locator('dialog.presentation');
const isOpen = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog.presentation')?.open === true);
const search = (page: Page) => new URL(page.url()).search;
const counter = (page: Page) => page.locator('.presentation__counter [aria-hidden]').textContent();

/** Waits until the slide is drawn (what the presenter sees) and the URL says the same. */
async function expectSlide(page: Page, n: number, count: number, query: string) {
  await expect.poll(() => counter(page)).toBe(`${n} / ${count}`);
  await expect.poll(() => search(page)).toBe(query);
}

describe('presentation mode in Chromium', () => {
  it('the full-screen button enters presentation mode at the chart, and Esc leaves with focus back on it', async () => {
    const { page, errors } = await open('/');
    const button = page.getByRole('group', { name: /Vis og del/ }).getByRole('button', { name: 'Fullskjerm' });
    await button.click();
    await presentation(page).waitFor();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(search(page)).toBe('?present=1');
    expect(await presentation(page).getAttribute('aria-label')).toBe(`Presentasjon, lysbilde 1 av ${COUNT}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    if (await isOpen(page)) await page.keyboard.press('Escape'); // a browser that only left full screen
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(search(page)).toBe('');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action')))
      .toBe('fullscreen');
    expect(errors).toEqual([]);
  });

  it('steps slides with the keys and the URL follows', async () => {
    const { page } = await open('/?present=1');
    await presentation(page).waitFor();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, COUNT, '?present=1&slide=2');
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3, COUNT, '?present=1&slide=3');
    await page.keyboard.press(' ');
    await expectSlide(page, 4, COUNT, '?present=1&slide=4');
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 3, COUNT, '?present=1&slide=3');
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2, COUNT, '?present=1&slide=2');
    await page.keyboard.press('End');
    await expectSlide(page, COUNT, COUNT, `?present=1&slide=${COUNT}`);
    expect(await presentation(page).textContent()).toContain('Arena Oslo');
    await page.keyboard.press('Home');
    await expectSlide(page, 1, COUNT, '?present=1');
  });

  it('keeps the URL in step when keys come faster than the page draws (a clicker double press)', async () => {
    const { page } = await open('/?present=1&slide=3');
    await expectSlide(page, 3, COUNT, '?present=1&slide=3');
    // Forward and straight back: the second change returns to the URL still drawn.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await expectSlide(page, 3, COUNT, '?present=1&slide=3');
    for (const key of ['PageDown', 'PageDown', 'PageDown', 'PageUp']) await page.keyboard.press(key);
    await expectSlide(page, 5, COUNT, '?present=1&slide=5');
  });

  it('a slide link reopens presentation mode on that slide, with counter, filter caption and source line', async () => {
    // The deck for the NCE filter (overview slides narrowed by the level, then the 8 NCE clusters): NCE Media's slide.
    const nce = await deckFor({ levels: ['nce'], q: '' });
    const second = nce.indexOf('cluster-nce-media') + 1;
    expect(nce.filter((id) => id.startsWith('cluster-'))[1]).toBe('cluster-nce-media');
    const { page } = await open(`/?level=nce&lang=en&present=1&slide=${second}`);
    await presentation(page).waitFor();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await presentation(page).getAttribute('aria-label')).toBe(`Presentation, slide ${second} of ${nce.length}`);
    const text = (await presentation(page).textContent()) ?? '';
    expect(text).toContain('NCE Media');
    expect(text).toContain(`${second} / ${nce.length}`);
    expect(text).toContain('Level: NCE');
    expect(text).toMatch(/Source: .*Shifter/);
    // The in-page view offers real full screen (a link cannot enter it without a click).
    await presentation(page).getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  });

  it('reveals the ranking one cluster at a time', async () => {
    const { page } = await open('/?present=1');
    await presentation(page).waitFor();
    await page.getByRole('switch', { name: 'Vis én klynge om gangen' }).check();
    await page.locator('.presentation__slide').focus();
    expect(await presentation(page).textContent()).toContain('1 av 19 klynger vist');
    await page.keyboard.press('ArrowRight');
    expect(await presentation(page).textContent()).toContain('2 av 19 klynger vist');
    await expect.poll(() => search(page)).toBe('?present=1&step=2');
  });

  it('has no axe violations in presentation mode, on the ranking and a cluster slide, light and dark', async () => {
    for (const [path, colorScheme] of [
      ['/?present=1', 'light'],
      [`/?present=1&slide=${slideOf('cluster-nce-tourism')}`, 'dark'],
    ] as const) {
      const { page } = await open(path, { colorScheme });
      await presentation(page).waitFor();
      await page.locator('.presentation .recharts-surface, .presentation .cluster-slide').first().waitFor();
      // Judge the settled slide: a button caught mid-transition (its colours fading in) is not what anyone reads.
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('does not animate slides under prefers-reduced-motion', async () => {
    const { page } = await open('/?present=1', { reducedMotion: 'reduce' });
    await presentation(page).waitFor();
    const animation = await page
      .locator('.presentation__slide-inner')
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
  });

  it('opens a speaker view in a second window that stays in step both ways', async () => {
    const { page, context } = await open('/?present=1');
    await presentation(page).waitFor();
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Talervisning' }).click(),
    ]);
    await speaker.getByRole('heading', { level: 1, name: /Talervisning/ }).waitFor();
    expect(new URL(speaker.url()).pathname).toBe('/speaker');
    const notes = speaker.getByRole('region', { name: 'Notater (fra dataene)' });
    expect(await notes.textContent()).toContain('37\u00a0% av 701');
    expect(await notes.textContent()).toContain('ikke publisert');

    await page.locator('.presentation__slide').focus();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, COUNT, '?present=1&slide=2');
    await expect.poll(() => search(speaker)).toBe('?present=1&slide=2');
    await speaker.getByRole('button', { name: 'Neste' }).click();
    await expect.poll(() => search(page)).toBe('?present=1&slide=3');
    // The slide after 3: the milestones' first continued slide.
    expect(slideOf('timeline-milestones-2')).toBe(4);
    await expect
      .poll(() => speaker.getByRole('region', { name: /^Neste/ }).getAttribute('aria-label'))
      .toBe(`Neste (4 / ${COUNT}): Tidslinje 2002–2024 (forts.)`);
  });
});
