import { describe, expect, it } from 'vitest';
import { isPresenterMessage } from './presenter-channel';

describe('isPresenterMessage', () => {
  it('accepts a slide number and a hello', () => {
    expect(isPresenterMessage({ type: 'slide', slide: 3 })).toBe(true);
    expect(isPresenterMessage({ type: 'hello' })).toBe(true);
  });
  it('rejects anything else', () => {
    for (const data of [
      null,
      'slide',
      { type: 'slide' },
      { type: 'slide', slide: 0 },
      { type: 'slide', slide: 1.5 },
      { type: 'x' },
    ]) {
      expect(isPresenterMessage(data)).toBe(false);
    }
  });
});
