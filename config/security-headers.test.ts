import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../scripts/headers-file.mjs';
import { headersFile } from './security-headers';

const policyOf = (base: string, path: string) =>
  headersForPath(parseHeadersFile(headersFile(base)), path)['Content-Security-Policy'] ?? '';

describe('the generated _headers file', () => {
  it.each(['/', '/clusters/nce-media', '/timeline', '/sources', '/404.html', '/data/clusters.json', '/finnes-ikke'])(
    'forbids framing %s',
    (path) => {
      expect(policyOf('/', path)).toContain("frame-ancestors 'none'");
      expect(policyOf('/', path)).not.toContain('frame-ancestors *');
    },
  );

  it.each(['/embed/ranking', '/embed/timeline-periods', '/embed/ranking/index.html'])(
    'lets any site frame the embed page %s, with the rest of the policy kept',
    (path) => {
      const policy = policyOf('/', path);
      expect(policy).toContain('frame-ancestors *');
      expect(policy).not.toContain("'none', ");
      expect(policy).not.toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
    },
  );

  it('keeps the other security headers and the cache rules on embed pages and elsewhere', () => {
    const rules = parseHeadersFile(headersFile('/'));
    expect(headersForPath(rules, '/embed/ranking')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(headersForPath(rules, '/assets/index-abc.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/data/clusters.json')['Cache-Control']).toBe('no-cache');
  });

  it('writes the rules under a sub-path', () => {
    expect(policyOf('/klyngeinnsikt/', '/klyngeinnsikt/embed/ranking')).toContain('frame-ancestors *');
    expect(policyOf('/klyngeinnsikt/', '/klyngeinnsikt/levels')).toContain("frame-ancestors 'none'");
  });
});
