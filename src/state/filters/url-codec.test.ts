import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../../data/schema/common';
import { DEFAULT_FILTERS, SORT_KEYS, type FilterState } from './filter-state';
import { keepOnly, parseSearch, serializeSearch } from './url-codec';

const filterState: fc.Arbitrary<FilterState> = fc
  .record({
    levels: fc.subarray([...LEVEL_IDS]),
    q: fc.string({ maxLength: 100 }),
    sort: fc.constantFrom(...SORT_KEYS),
    lang: fc.constantFrom('nb' as const, 'en' as const),
    present: fc.boolean(),
    slide: fc.integer({ min: 1, max: 10_000 }),
    step: fc.option(fc.integer({ min: 1, max: 10_000 })),
  })
  .map((s) => (s.present ? s : { ...s, slide: 1, step: null }));

describe('serializeSearch', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeSearch(DEFAULT_FILTERS)).toBe('');
  });

  it('writes only values that differ from the defaults, levels joined by ~ in canonical order', () => {
    expect(serializeSearch({ ...DEFAULT_FILTERS, levels: ['nce', 'arena'], lang: 'en' })).toBe(
      '?level=arena~nce&lang=en',
    );
    expect(serializeSearch({ ...DEFAULT_FILTERS, sort: 'name', q: 'NCE Media' })).toBe('?q=NCE+Media&sort=name');
  });

  it('writes the slide only in presentation mode and only past the first', () => {
    expect(serializeSearch({ ...DEFAULT_FILTERS, slide: 4 })).toBe('');
    expect(serializeSearch({ ...DEFAULT_FILTERS, present: true })).toBe('?present=1');
    expect(serializeSearch({ ...DEFAULT_FILTERS, present: true, slide: 4 })).toBe('?present=1&slide=4');
  });

  it('writes the reveal step after the slide, only in presentation mode', () => {
    expect(serializeSearch({ ...DEFAULT_FILTERS, present: true, step: 3 })).toBe('?present=1&step=3');
    expect(serializeSearch({ ...DEFAULT_FILTERS, present: true, slide: 2, step: 1 })).toBe('?present=1&slide=2&step=1');
    expect(serializeSearch({ ...DEFAULT_FILTERS, step: 3 })).toBe('');
  });
});

describe('parseSearch', () => {
  it('reads the URL contract', () => {
    const { state, invalid } = parseSearch('?level=nce~arena&q=oslo&sort=level&lang=en&present=1&slide=3');
    expect(state).toEqual({
      levels: ['arena', 'nce'],
      q: 'oslo',
      sort: 'level',
      lang: 'en',
      present: true,
      slide: 3,
      step: null,
    });
    expect(invalid).toEqual([]);
  });

  it('falls back to the default for each invalid value and reports it', () => {
    const { state, invalid } = parseSearch('?level=nce~bogus&sort=price&lang=de&present=yes&slide=-2');
    expect(state).toEqual(DEFAULT_FILTERS);
    expect(invalid.map((p) => p.name)).toEqual(['level', 'sort', 'lang', 'present', 'slide']);
  });

  it('reads the reveal step in presentation mode; without it, or with a bad value, reveal is off', () => {
    expect(parseSearch('?present=1&step=4').state.step).toBe(4);
    expect(parseSearch('?present=1').state.step).toBeNull();
    expect(parseSearch('?step=4').state.step).toBeNull();
    const { state, invalid } = parseSearch('?present=1&step=0');
    expect(state.step).toBeNull();
    expect(invalid).toEqual([{ name: 'step', value: '0' }]);
  });

  it('ignores a slide outside presentation mode, and huge slide numbers', () => {
    expect(parseSearch('?slide=5').state.slide).toBe(1);
    expect(parseSearch('?present=1&slide=99999999999').state.slide).toBe(1);
  });

  it('takes the first of repeated keys', () => {
    expect(parseSearch('?lang=en&lang=nb').state.lang).toBe('en');
  });

  it('reads repeated level keys as all of those levels', () => {
    const { state, invalid } = parseSearch('?level=gce&level=nce');
    expect(state.levels).toEqual(['nce', 'gce']);
    expect(invalid).toEqual([]);
    expect(parseSearch('?level=gce&level=bogus').invalid).toEqual([{ name: 'level', value: 'gce~bogus' }]);
  });

  it("reads the directory's sort by first year, and writes it back", () => {
    expect(parseSearch('?sort=first-year').state.sort).toBe('first-year');
    expect(serializeSearch({ ...DEFAULT_FILTERS, sort: 'first-year' })).toBe('?sort=first-year');
  });

  it('reads level ids, sort and language whatever their case', () => {
    const { state, invalid } = parseSearch('?lang=EN&sort=Name&level=GCE~Arena-Pro');
    expect(state).toEqual({ ...DEFAULT_FILTERS, lang: 'en', sort: 'name', levels: ['arena-pro', 'gce'] });
    expect(invalid).toEqual([]);
  });

  it('keeps the case of a search', () => {
    expect(parseSearch('?q=NCE%20Media').state.q).toBe('NCE Media');
  });

  it('reads a level filter split over repeated keys as the joined one (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...LEVEL_IDS], { minLength: 1 }), (levels) => {
        const repeated = `?${levels.map((level) => `level=${level}`).join('&')}`;
        expect(parseSearch(repeated)).toEqual(parseSearch(`?level=${levels.join('~')}`));
      }),
    );
  });

  it('reads every valid link the same in any letter case, except the search (property)', () => {
    const anyCase = (text: string) =>
      fc
        .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
        .map((upper) => Array.from(text, (char, i) => (upper[i] ? char.toUpperCase() : char)).join(''));
    const stateAndShouted = filterState.chain((state) => {
      const link = serializeSearch({ ...state, q: '' });
      return anyCase(link).map((shouted) => ({ state: { ...state, q: '' }, shouted }));
    });
    fc.assert(
      fc.property(stateAndShouted, ({ state, shouted }) => {
        // Parameter names stay as written (the contract's names are lower case); only the values vary.
        const valuesOnly = shouted.replace(
          /(^\?|&)([^=]*)=/g,
          (_m, lead: string, name: string) => `${lead}${name.toLowerCase()}=`,
        );
        expect(parseSearch(valuesOnly).state).toEqual(state);
      }),
    );
  });

  it('round-trips every valid state (property)', () => {
    fc.assert(
      fc.property(filterState, (state) => {
        const { state: parsed, invalid } = parseSearch(serializeSearch(state));
        expect(invalid).toEqual([]);
        expect(parsed).toEqual(state);
      }),
    );
  });

  it('never throws on arbitrary input and always yields a valid state (property)', () => {
    const levels: readonly string[] = LEVEL_IDS;
    const sorts: readonly string[] = SORT_KEYS;
    const langs: readonly string[] = ['nb', 'en'];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { state } = parseSearch(search);
        const valid =
          state.levels.every((l) => levels.includes(l)) &&
          sorts.includes(state.sort) &&
          langs.includes(state.lang) &&
          state.slide >= 1 &&
          state.q.length <= 100;
        // What it yields serialises to a link that parses back to the same state.
        const again = parseSearch(serializeSearch(state)).state;
        return valid && serializeSearch(again) === serializeSearch(state);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('keepOnly', () => {
  it('keeps the named parameters and sets every other back to its default', () => {
    const state: FilterState = { ...DEFAULT_FILTERS, levels: ['nce'], q: 'media', sort: 'name', lang: 'en' };
    expect(keepOnly(state, ['level', 'lang'])).toEqual({ ...DEFAULT_FILTERS, levels: ['nce'], lang: 'en' });
    expect(keepOnly(state, [])).toEqual(DEFAULT_FILTERS);
  });
});
