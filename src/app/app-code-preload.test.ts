import { afterEach, describe, expect, it } from 'vitest';
import { APP_CODE_TEMPLATE_ID, preloadAppCode } from './app-code-preload';

const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

describe('preloadAppCode', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('puts the listed chunks in the page a few per task, in order, and drops the list', async () => {
    const files = Array.from({ length: 9 }, (_, i) => `/assets/chunk-${i}.js`);
    document.body.innerHTML = `<div id="root"></div><template id="${APP_CODE_TEMPLATE_ID}">${files
      .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)
      .join('')}</template>`;
    const done = preloadAppCode(document);
    // The first few at once (the task after the first paint), the rest in later tasks.
    expect(preloads()).toEqual(files.slice(0, 4));
    await done;
    expect(preloads()).toEqual(files);
    expect(document.getElementById(APP_CODE_TEMPLATE_ID)).toBeNull();
  });

  it('does nothing on a page without the list (the development server)', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await preloadAppCode(document);
    expect(preloads()).toEqual([]);
  });
});
