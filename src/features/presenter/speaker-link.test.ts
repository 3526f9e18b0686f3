import { describe, expect, it } from 'vitest';
import { canMoveRoom, nextLinkStatus } from './speaker-link';

describe('the speaker window’s link status', () => {
  it('is linked once the room says where it stands, and ended when that room ends', () => {
    expect(nextLinkStatus('searching', 'state')).toBe('linked');
    expect(nextLinkStatus('linked', 'ended')).toBe('ended');
    expect(nextLinkStatus('linked', 'no-answer')).toBe('linked');
  });
  it('says none is running when nobody answers, and joins a room that starts later', () => {
    expect(nextLinkStatus('searching', 'no-answer')).toBe('none');
    expect(nextLinkStatus('none', 'state')).toBe('linked');
    expect(nextLinkStatus('ended', 'state')).toBe('linked');
    // Another tab's presentation ending is not news to a window that followed none.
    expect(nextLinkStatus('none', 'ended')).toBe('none');
  });
  it('stays unsupported without BroadcastChannel, and only a linked window may move the room', () => {
    expect(nextLinkStatus('unsupported', 'state')).toBe('unsupported');
    expect((['unsupported', 'searching', 'linked', 'none', 'ended'] as const).filter(canMoveRoom)).toEqual(['linked']);
  });
});
