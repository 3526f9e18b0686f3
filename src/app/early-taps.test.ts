/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyScript } from '../../config/minified-public-scripts';
import { APP_READY_EVENT } from './start-client';

const BEFORE_PAINT = 'public/before-paint.js';
const source = readFileSync(BEFORE_PAINT, 'utf8');

// As written (the development server) and as built (minified). Each test loads the script anew; the copy an
// earlier test loaded has had its ready event and lets every tap pass.
describe.each([
  ['as written', source],
  ['as built', minifyScript('before-paint.js', source)],
])('taps on controls before the app runs (public/before-paint.js %s)', (_, script) => {
  it('are kept, and the controls clicked again in order once the app has rendered; later taps pass', async () => {
    document.body.innerHTML =
      '<div id="root"><button type="button">Klynge</button><label><input type="checkbox" />NCE</label></div><button>Utenfor</button>';
    runInThisContext(script);
    const [inApp, outside] = [...document.querySelectorAll('button')];
    if (!inApp || !outside) throw new Error('test markup');
    const clicks: string[] = [];
    for (const button of [inApp, outside]) button.addEventListener('click', () => clicks.push(button.textContent));

    const chip = document.querySelector('input');
    if (!chip) throw new Error('test markup');
    let changes = 0;
    chip.addEventListener('change', () => (changes += 1));

    const early = new MouseEvent('click', { bubbles: true, cancelable: true });
    inApp.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);
    // A checkbox does not toggle on screen while its filter cannot change (a tap on its label included).
    chip.closest('label')?.click();
    expect(chip.checked).toBe(false);
    expect(changes).toBe(0);
    // A button outside the app's markup is left alone.
    outside.click();
    expect(clicks).toEqual(['Utenfor']);

    window.dispatchEvent(new Event(APP_READY_EVENT));
    // Not inside the app's effect that sent the event (React could not hydrate for it there): a task later.
    expect(clicks).toEqual(['Utenfor']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clicks).toEqual(['Utenfor', 'Klynge']);
    expect(chip.checked).toBe(true);
    expect(changes).toBe(1);
    inApp.click();
    expect(clicks).toEqual(['Utenfor', 'Klynge', 'Klynge']);
  });

  it('keep the press before a kept tap from the app (it would hydrate all at once), not other presses', () => {
    document.body.innerHTML =
      '<div id="root"><p>Tekst</p><button type="button">Klynge</button><label><span>NCE</span><input type="checkbox" /></label></div><button>Utenfor</button>';
    runInThisContext(script);
    const root = document.getElementById('root');
    const [inApp, outside] = [...document.querySelectorAll('button')];
    const text = document.querySelector('p');
    if (!root || !inApp || !outside || !text) throw new Error('test markup');
    // Where React listens: the root, in the capture phase.
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      root.addEventListener(type, (event) => seen.push(`${type} ${(event.target as Element).tagName}`), true);
    }
    const press = (target: Element, type: string) =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));

    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) expect(press(inApp, type)).toBe(true);
    const chipText = document.querySelector('label span');
    if (!chipText) throw new Error('test markup');
    press(chipText, 'pointerdown');
    press(text, 'pointerdown');
    press(outside, 'pointerdown');
    expect(seen).toEqual(['pointerdown P']);

    window.dispatchEvent(new Event(APP_READY_EVENT));
    press(inApp, 'pointerdown');
    expect(seen).toEqual(['pointerdown P', 'pointerdown BUTTON']);
  });
});

it('public/before-paint.js listens for the event the app sends', () => {
  expect(source).toContain(`'${APP_READY_EVENT}'`);
});
