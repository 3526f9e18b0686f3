import { describe, expect, it } from 'vitest';
import { appPath, isPrerenderedFor } from './prerendered';

function root(attribute: string | null, withMarkup = true): HTMLElement {
  const element = document.createElement('div');
  if (attribute !== null) element.setAttribute('data-prerendered', attribute);
  if (withMarkup) element.innerHTML = '<main>prerendered</main>';
  return element;
}

describe('appPath', () => {
  it('strips the base path and a trailing slash', () => {
    expect(appPath('/klynger/clusters/nce-media/', '/klynger')).toBe('/clusters/nce-media');
    expect(appPath('/klynger/', '/klynger/')).toBe('/');
    expect(appPath('/', '/')).toBe('/');
    expect(appPath('/timeline', '')).toBe('/timeline');
  });
});

describe('isPrerenderedFor', () => {
  it('hydrates markup prerendered for the same path', () => {
    expect(isPrerenderedFor(root('/timeline'), '/timeline/', '/')).toBe(true);
    expect(isPrerenderedFor(root('/clusters/nce-media'), '/base/clusters/nce-media', '/base')).toBe(true);
  });

  it('renders afresh on a fallback page, an empty root or a page that was not prerendered', () => {
    expect(isPrerenderedFor(root('/'), '/clusters/new-cluster', '/')).toBe(false);
    expect(isPrerenderedFor(root(''), '/no-such-page', '/')).toBe(false);
    expect(isPrerenderedFor(root(null), '/', '/')).toBe(false);
    expect(isPrerenderedFor(root('/', false), '/', '/')).toBe(false);
    expect(isPrerenderedFor(root('/'), '/%', '/')).toBe(false);
  });
});
