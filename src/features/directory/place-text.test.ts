import { describe, expect, it } from 'vitest';
import { placeText } from './place-text';

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
