import { describe, expect, it } from 'vitest';
import type { ViewDefinition } from '../pages/views/view-definition';
import { routeOf } from './routes';

function Page() {
  return null;
}

const view = (calls: string[], beforeFirstRender?: () => void): ViewDefinition => ({
  id: 'test',
  route: 'test',
  page: () => {
    calls.push('page loaded');
    return Promise.resolve(Page);
  },
  nav: null,
  keeps: [],
  prerender: () => [],
  figures: [],
  slides: null,
  embeds: null,
  beforeFirstRender,
});

describe('routeOf', () => {
  it("runs the view's beforeFirstRender once its code has loaded, before the route has its component", async () => {
    const calls: string[] = [];
    const route = routeOf(view(calls, () => calls.push('before first render')));
    expect(route.path).toBe('test');
    const lazy = route.lazy;
    if (typeof lazy !== 'function') throw new Error('the route is not lazy');
    const resolved = await lazy();
    calls.push('route resolved');
    expect(resolved).toEqual({ Component: Page });
    expect(calls).toEqual(['page loaded', 'before first render', 'route resolved']);
  });

  it('loads a view without it as before', async () => {
    const calls: string[] = [];
    const lazy = routeOf(view(calls)).lazy;
    if (typeof lazy !== 'function') throw new Error('the route is not lazy');
    expect(await lazy()).toEqual({ Component: Page });
    expect(calls).toEqual(['page loaded']);
  });
});
