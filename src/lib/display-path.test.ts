import { describe, expect, it } from 'vitest';
import { displayPath } from './display-path';

describe('displayPath', () => {
  it('decodes what the browser encoded', () => {
    expect(displayPath('/klynger/%C3%A5lesund')).toBe('/klynger/ålesund');
    expect(displayPath('/%3Cscript%3E')).toBe('/<script>');
    expect(displayPath('/clusters/..%2F..%2Fetc')).toBe('/clusters/../../etc');
  });

  it('returns malformed encoding unchanged instead of throwing', () => {
    expect(displayPath('/%')).toBe('/%');
    expect(displayPath('/timeline/%E0%A4%A')).toBe('/timeline/%E0%A4%A');
  });
});
