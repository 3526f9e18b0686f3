import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './site-url';

describe('absoluteUrl', () => {
  it('joins origin, base path and view path with single slashes', () => {
    expect(absoluteUrl('/clusters/nce-media', 'https://a.example/', '/')).toBe('https://a.example/clusters/nce-media');
    expect(absoluteUrl('/', 'https://a.example', '/klynger/')).toBe('https://a.example/klynger/');
    expect(absoluteUrl('/timeline', 'https://a.example', '/klynger/')).toBe('https://a.example/klynger/timeline');
  });
});
