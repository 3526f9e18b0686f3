import { describe, expect, it } from 'vitest';
import { namedIn, placeText } from './place-text';

const text = (nb: string) => ({ nb, en: nb });
const unknown = { status: 'unknown' as const, reason: 'not-published' as const };

describe('placeText', () => {
  it('shows home and county when the home does not name the county', () => {
    expect(placeText(text('Halden'), text('Østfold'), 'nb', 'ikke publisert')).toBe('Halden, Østfold');
  });

  it('leaves out a county the home already names', () => {
    expect(placeText(text('Oslo (Ulven)'), text('Oslo'), 'nb', 'ikke publisert')).toBe('Oslo (Ulven)');
    expect(placeText(text('Nordland (Helgeland)'), text('Nordland'), 'nb', 'ikke publisert')).toBe(
      'Nordland (Helgeland)',
    );
  });

  it('keeps a county that only appears inside another word', () => {
    expect(placeText(text('Nordlandsbyen'), text('Nordland'), 'nb', 'ikke publisert')).toBe('Nordlandsbyen, Nordland');
  });

  it('shows one of two equal texts, and the unknown text when neither is known', () => {
    expect(placeText(text('Oslo'), text('Oslo'), 'nb', 'ikke publisert')).toBe('Oslo');
    expect(placeText(unknown, unknown, 'nb', 'ikke publisert')).toBe('ikke publisert');
  });
});

describe('namedIn', () => {
  it('finds a name standing as a whole word, at either end or between signs', () => {
    expect(namedIn('Oslo', 'Oslo (Ulven)')).toBe(true);
    expect(namedIn('Ulven', 'Oslo (Ulven)')).toBe(true);
    expect(namedIn('Møre og Romsdal', 'Ålesund, Møre og Romsdal')).toBe(true);
    expect(namedIn('Agder', 'Grimstad/Agder')).toBe(true);
  });

  it('does not find a name inside a longer word, in any script, or a text in itself', () => {
    expect(namedIn('Nordland', 'Nordlandsbyen')).toBe(false);
    expect(namedIn('Nordland', 'Søndre Nordlandsby')).toBe(false);
    expect(namedIn('Ås', 'Åsgård')).toBe(false);
    expect(namedIn('Ås', 'Vestås')).toBe(false);
    expect(namedIn('Oslo', 'Oslo')).toBe(false);
    // A letter outside the Basic Multilingual Plane (Gothic) is a letter too.
    expect(namedIn('Oslo', 'Oslo\u{10330}')).toBe(false);
    expect(namedIn('Oslo', '\u{10330}Oslo')).toBe(false);
  });

  it('takes the name as text, not as a pattern', () => {
    expect(namedIn('A.S', 'ABS')).toBe(false);
    expect(namedIn('A.S', 'Firma A.S (Oslo)')).toBe(true);
    expect(namedIn('(Ulven)', 'Oslo (Ulven)')).toBe(true);
  });

  it('looks past a first match inside a word to a later whole one', () => {
    expect(namedIn('Nordland', 'Nordlandsbyen i Nordland')).toBe(true);
  });
});
