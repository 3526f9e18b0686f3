import { describe, expect, it } from 'vitest';
import { numberWord } from './number-words';

describe('numberWord', () => {
  it('writes small counts as words in each language and larger ones as digits', () => {
    expect(numberWord(4, 'nb')).toBe('fire');
    expect(numberWord(4, 'en')).toBe('four');
    expect(numberWord(12, 'nb')).toBe('tolv');
    expect(numberWord(13, 'en')).toBe('13');
    expect(numberWord(2.5, 'en')).toBe('2.5');
  });
});
