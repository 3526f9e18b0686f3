import { describe, expect, it } from 'vitest';
import { isPresenterMessage } from './presenter-channel';

describe('isPresenterMessage', () => {
  it('accepts where the room stands, a hello, an end and a relative step', () => {
    expect(isPresenterMessage({ type: 'state', slide: 3, step: null, levels: [], q: '' })).toBe(true);
    expect(isPresenterMessage({ type: 'state', slide: 1, step: 4, levels: ['nce', 'gce'], q: 'oslo' })).toBe(true);
    expect(isPresenterMessage({ type: 'hello' })).toBe(true);
    expect(isPresenterMessage({ type: 'ended' })).toBe(true);
    expect(isPresenterMessage({ type: 'step', step: 'next' })).toBe(true);
  });
  it('rejects anything else, a bare slide number from another window included', () => {
    for (const data of [
      null,
      'state',
      { type: 'slide', slide: 3 },
      { type: 'state', slide: 0, step: null, levels: [], q: '' },
      { type: 'state', slide: 1.5, step: null, levels: [], q: '' },
      { type: 'state', slide: 2, step: 0, levels: [], q: '' },
      { type: 'state', slide: 2, step: null, levels: ['bogus'], q: '' },
      { type: 'state', slide: 2, levels: [], q: '' },
      { type: 'step', step: 7 },
      { type: 'step', step: 'sideways' },
      { type: 'x' },
    ]) {
      expect(isPresenterMessage(data)).toBe(false);
    }
  });
});
