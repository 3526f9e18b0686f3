import { describe, expect, it } from 'vitest';
import { qualifiedValue } from './qualified-value';

describe('qualifiedValue', () => {
  it('keeps the source’s qualifier before the value in each language, and nothing for an exact value', () => {
    expect(qualifiedValue('about', '150', 'nb')).toBe('om lag 150');
    expect(qualifiedValue('more-than', '2,000', 'en')).toBe('more than 2,000');
    expect(qualifiedValue('exact', '44', 'en')).toBe('44');
  });
});
