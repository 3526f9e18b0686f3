/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { APP_READY_EVENT } from './start-client';

const BEFORE_PAINT = 'public/before-paint.js';

describe('a tap on a button before the app runs (public/before-paint.js)', () => {
  it('is kept, and the button clicked again once the app has rendered; later taps pass', () => {
    document.body.innerHTML = '<div id="root"><button type="button">Klynge</button></div><button>Utenfor</button>';
    runInThisContext(readFileSync(BEFORE_PAINT, 'utf8'));
    const [inApp, outside] = [...document.querySelectorAll('button')];
    if (!inApp || !outside) throw new Error('test markup');
    const clicks: string[] = [];
    for (const button of [inApp, outside]) button.addEventListener('click', () => clicks.push(button.textContent));

    const early = new MouseEvent('click', { bubbles: true, cancelable: true });
    inApp.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);
    // A button outside the app's markup is left alone.
    outside.click();
    expect(clicks).toEqual(['Utenfor']);

    window.dispatchEvent(new Event(APP_READY_EVENT));
    expect(clicks).toEqual(['Utenfor', 'Klynge']);
    inApp.click();
    expect(clicks).toEqual(['Utenfor', 'Klynge', 'Klynge']);
  });

  it('listens for the event the app sends', () => {
    expect(readFileSync(BEFORE_PAINT, 'utf8')).toContain(`'${APP_READY_EVENT}'`);
  });
});
