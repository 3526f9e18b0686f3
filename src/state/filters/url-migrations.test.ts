import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../../data/schema/common';
import { SORT_KEYS } from './filter-state';
import { parseSearch, serializeSearch } from './url-codec';
import {
  URL_MIGRATIONS,
  URL_VERSION,
  migrateUrl,
  renameParam,
  renamePath,
  renameValue,
  type UrlMigration,
} from './url-migrations';

/** A made-up first version that called the level filter `levels` and the timeline `/history`. */
const synthetic: readonly UrlMigration[] = [
  { to: 2, why: 'levels → level', migrate: renameParam('levels', 'level') },
  { to: 3, why: '/history → /timeline', migrate: renamePath('/history', '/timeline') },
  { to: 4, why: 'sort=alpha → sort=name', migrate: renameValue('sort', 'alpha', 'name') },
];

describe('URL migrations', () => {
  it('lists its steps in order, from version 2 up to the current version', () => {
    expect(URL_MIGRATIONS.map((step) => step.to)).toEqual(
      Array.from({ length: URL_VERSION - 1 }, (_, index) => index + 2),
    );
  });

  it('leaves a current link as it is (the same object)', () => {
    const url = { pathname: '/levels', search: '?level=nce&lang=en' };
    expect(migrateUrl(url)).toBe(url);
    expect(migrateUrl(url, synthetic)).toBe(url);
  });

  it('renames an old parameter and path, so an old link keeps what it named', () => {
    expect(migrateUrl({ pathname: '/history', search: '?levels=gce~nce&lang=en' }, synthetic)).toEqual({
      pathname: '/timeline',
      search: '?lang=en&level=gce~nce',
    });
    expect(migrateUrl({ pathname: '/history/x', search: '' }, synthetic).pathname).toBe('/timeline/x');
    expect(migrateUrl({ pathname: '/historyx', search: '' }, synthetic).pathname).toBe('/historyx');
  });

  it('runs before the codec parses: the old link gives the filters it named and no notice', () => {
    const { state, invalid } = parseSearch('?levels=gce&levels=nce', synthetic);
    expect(state.levels).toEqual(['nce', 'gce']);
    expect(invalid).toEqual([]);
    // Without the step, the old name would be ignored and an old value reported as invalid.
    expect(parseSearch('?sort=alpha', synthetic)).toEqual(parseSearch('?sort=name'));
    expect(parseSearch('?sort=alpha').invalid).toEqual([{ name: 'sort', value: 'alpha' }]);
    expect(parseSearch('?levels=gce').state.levels).toEqual([]);
  });

  it('changes no link the codec writes today (property)', () => {
    const state = fc.record({
      levels: fc.subarray([...LEVEL_IDS]),
      q: fc.string({ maxLength: 100 }),
      sort: fc.constantFrom(...SORT_KEYS),
      lang: fc.constantFrom('nb' as const, 'en' as const),
      present: fc.boolean(),
      slide: fc.integer({ min: 1, max: 10_000 }),
      step: fc.option(fc.integer({ min: 1, max: 10_000 })),
    });
    fc.assert(
      fc.property(state, fc.constantFrom('/', '/levels', '/levels/nce', '/timeline', '/sources'), (s, pathname) => {
        const url = { pathname, search: serializeSearch(s) };
        expect(migrateUrl(url)).toBe(url);
        expect(migrateUrl(url, synthetic)).toBe(url);
      }),
    );
  });
});
