import { describe, expect, it } from 'vitest';
import { plural } from './plural';

const forms = { zero: 'none', one: 'one', other: 'many' };

describe('plural', () => {
  it('picks the form for 0, 1, 2 and 19 in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      expect([0, 1, 2, 19, 10_000].map((n) => plural(n, lang, forms))).toEqual(['none', 'one', 'many', 'many', 'many']);
    }
  });

  it('uses `other` for 0 when there is no `zero` form', () => {
    expect(plural(0, 'en', { one: 'cluster', other: 'clusters' })).toBe('clusters');
    expect(plural(1, 'nb', { one: 'klynge', other: 'klynger' })).toBe('klynge');
  });
});
