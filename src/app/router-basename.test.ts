import { describe, expect, it, vi } from 'vitest';
import { routerBasename } from './router-basename';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('routerBasename', () => {
  it('is "/" at the site root and changes nothing', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(routerBasename('/', at('/levels'), history)).toBe('/');
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('keeps the trailing slash of a sub-path, so the home link stays inside it', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(routerBasename('/klyngeinnsikt/', at('/klyngeinnsikt/timeline'), history)).toBe('/klyngeinnsikt/');
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('moves a visit to the bare sub-path to the sub-path with its slash, keeping query and hash', () => {
    const history = { state: { idx: 0 }, replaceState: vi.fn() };
    routerBasename('/klyngeinnsikt/', at('/klyngeinnsikt', '?lang=en', '#main'), history);
    expect(history.replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/klyngeinnsikt/?lang=en#main');
  });
});
