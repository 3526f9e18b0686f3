import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupBrowser, waitForApp } from './support/browser';
import { DECK } from './support/routes';

/**
 * Presentation mode as a presenter in a meeting room uses it (issue 13): a speaker view opened by its
 * address, a clicker's keys wherever focus is, a blanked screen, a reload, and Back.
 */
const { open, url } = setupBrowser();

/** The unfiltered deck's length, as the registry builds it. */
const COUNT = DECK.length;
const presentation = (page: Page) => page.locator('dialog.presentation');
const isOpen = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog.presentation')?.open === true);
const search = (page: Page) => new URL(page.url()).search;
const counter = (page: Page) => page.locator('.presentation__counter [aria-hidden]').textContent();
const shownText = (page: Page) => presentation(page).textContent();

async function expectSlide(page: Page, n: number, query: string) {
  await expect.poll(() => counter(page)).toBe(`${n} / ${COUNT}`);
  await expect.poll(() => search(page)).toBe(query);
}

/** Opens /speaker by its address in a second tab of the same browser. */
async function openSpeaker(page: Page, path = '/speaker') {
  const speaker = await page.context().newPage();
  await speaker.goto(url(path));
  await waitForApp(speaker);
  return speaker;
}

const speakerHeading = (speaker: Page) => speaker.getByRole('heading', { level: 1 }).textContent();

describe('a speaker view that is safe', () => {
  it('opened by its address while the room is on slide 7, shows 7, and its Next moves the room to 8', async () => {
    const { page, errors } = await open('/?present=1&slide=7');
    await expectSlide(page, 7, '?present=1&slide=7');
    // Its own address names another slide: the room decides, not the link.
    const speaker = await openSpeaker(page, '/speaker?present=1&slide=2');
    await expect.poll(() => speakerHeading(speaker)).toBe(`Talervisning · Lysbilde 7 av ${COUNT}`);
    expect(await speaker.getByText(/Følger presentasjonen i hovedvinduet/).count()).toBe(1);
    await expect.poll(() => search(speaker)).toBe('?present=1&slide=7');
    // The room has not moved.
    await expectSlide(page, 7, '?present=1&slide=7');

    await speaker.getByRole('button', { name: 'Neste' }).click();
    await expectSlide(page, 8, '?present=1&slide=8');
    await expect.poll(() => speakerHeading(speaker)).toBe(`Talervisning · Lysbilde 8 av ${COUNT}`);

    // Keys keep working after a click on its buttons.
    await speaker.keyboard.press('ArrowRight');
    await expectSlide(page, 9, '?present=1&slide=9');
    await speaker.getByRole('button', { name: 'Forrige' }).click();
    await expectSlide(page, 8, '?present=1&slide=8');
    await speaker.keyboard.press('PageUp');
    await expectSlide(page, 7, '?present=1&slide=7');
    await expect.poll(() => speakerHeading(speaker)).toBe(`Talervisning · Lysbilde 7 av ${COUNT}`);

    // Esc in the room ends the presentation, and the speaker view says so and offers nothing to press.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    await speaker.getByText('Presentasjonen er avsluttet i hovedvinduet.', { exact: false }).waitFor();
    expect(await speaker.getByText(/Følger presentasjonen/).count()).toBe(0);
    expect(await speaker.getByRole('button', { name: 'Neste' }).count()).toBe(0);
    await speaker.keyboard.press('ArrowRight');
    expect(await isOpen(page)).toBe(false);
    expect(search(page)).toBe('');
    expect(errors).toEqual([]);
  });

  it('with no presentation running says so plainly and offers nothing that moves a room', async () => {
    const { page } = await open('/speaker?lang=en');
    await page.getByText(/No presentation is running in this browser/).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Speaker view');
    expect(await page.getByRole('button', { name: /Next|Previous/ }).count()).toBe(0);
    // A presentation that starts later is joined by itself.
    const room = await page.context().newPage();
    await room.goto(url('/?present=1&slide=3&lang=en'));
    await waitForApp(room);
    await presentation(room).waitFor();
    await expect.poll(() => speakerHeading(page)).toBe(`Speaker view · Slide 3 of ${COUNT}`);
    await page.getByRole('button', { name: 'Next' }).waitFor();
  });
});

describe('a clicker and the keyboard', () => {
  it('steps reveal with PageDown and Space while focus is on the reveal switch, and a reload keeps the step', async () => {
    const { page } = await open('/?present=1');
    await presentation(page).waitFor();
    const reveal = page.getByRole('switch', { name: 'Vis én klynge om gangen' });
    await reveal.check();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await expect.poll(() => shownText(page)).toContain('1 av 19 klynger vist');
    await page.keyboard.press('PageDown');
    await expect.poll(() => shownText(page)).toContain('2 av 19 klynger vist');
    await page.keyboard.press(' ');
    await expect.poll(() => shownText(page)).toContain('3 av 19 klynger vist');
    expect(await reveal.isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageUp');
    await expect.poll(() => shownText(page)).toContain('3 av 19 klynger vist');
    await expect.poll(() => search(page)).toBe('?present=1&step=3');
    // Three rows shown, the rest not yet.
    expect(await page.locator('.presentation .ranking-bar, .presentation .ranking-unknown').count()).toBeLessThan(19);

    await page.reload();
    await waitForApp(page);
    await presentation(page).waitFor();
    await expect.poll(() => shownText(page)).toContain('3 av 19 klynger vist');
    expect(await page.getByRole('switch', { name: 'Vis én klynge om gangen' }).isChecked()).toBe(true);

    // Past the last row the next slide comes, shown whole.
    for (let i = 3; i < 19; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => shownText(page)).toContain('19 av 19 klynger vist');
    await page.keyboard.press('PageDown');
    await expectSlide(page, 2, '?present=1&slide=2');
  });

  it('steps slides with every clicker key wherever focus is, a button included', async () => {
    const { page } = await open('/?present=1&slide=2');
    await presentation(page).waitFor();
    await presentation(page).getByRole('button', { name: 'Forrige' }).focus();
    await page.keyboard.press(' ');
    await expectSlide(page, 3, '?present=1&slide=3');
    await page.keyboard.press('ArrowDown');
    await expectSlide(page, 4, '?present=1&slide=4');
    await page.keyboard.press('ArrowUp');
    await expectSlide(page, 3, '?present=1&slide=3');
    await page.keyboard.press('End');
    await expectSlide(page, COUNT, `?present=1&slide=${COUNT}`);
    await page.keyboard.press('Home');
    await expectSlide(page, 1, '?present=1');
  });

  it('blanks the screen with B or the full stop, says so, and brings the slide back with the same key', async () => {
    for (const [lang, key, said] of [
      ['nb', 'b', 'Skjermen er svart — trykk B for å fortsette'],
      ['en', '.', 'Screen blanked — press B to resume'],
    ] as const) {
      const { page } = await open(lang === 'nb' ? '/?present=1&slide=2' : '/?lang=en&present=1&slide=2');
      await presentation(page).waitFor();
      await page.keyboard.press(key);
      await expect.poll(() => page.getByRole('status').filter({ hasText: said }).count()).toBe(1);
      // Black over the whole screen: what is drawn at its middle and its corner is the blank (once the
      // dialog's opening transition, which moves it, has finished).
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      const covered = await page.evaluate(() =>
        [
          [innerWidth / 2, innerHeight / 2],
          [5, 5],
        ].map(([x = 0, y = 0]) => {
          const el = document.elementFromPoint(x, y);
          return el?.classList.contains('presentation__blank') ? getComputedStyle(el).backgroundColor : null;
        }),
      );
      expect(covered).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
      expect(search(page)).toContain('slide=2');
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('.presentation__blank').count()).toBe(0);
      expect(await page.getByRole('status').filter({ hasText: said }).count()).toBe(0);
      await expectSlide(page, 2, lang === 'nb' ? '?present=1&slide=2' : '?lang=en&present=1&slide=2');
    }
  });
});

describe('history', () => {
  it('entering a presentation is one entry: Back after five slides leaves it for the view it was opened from', async () => {
    const { page } = await open('/levels');
    await page
      .getByRole('group', { name: /Vis og del/ })
      .first()
      .getByRole('button', { name: 'Fullskjerm' })
      .click();
    await presentation(page).waitFor();
    await expectSlide(page, 2, '?present=1&slide=2');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    await expectSlide(page, 7, '?present=1&slide=7');
    await page.goBack();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/levels');
    expect(search(page)).toBe('');
  });
});
