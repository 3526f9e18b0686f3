import { describe, expect, it } from 'vitest';
import { qrMatrix } from './qr-matrix';

describe('qrMatrix', () => {
  it('encodes a deep link as a square symbol with its finder patterns', () => {
    const { size, path } = qrMatrix('https://example.org/clusters/nce-media?lang=en');
    expect(size).toBeGreaterThanOrEqual(25);
    expect((size - 17) % 4).toBe(0);
    // The top-left finder pattern: dark corner module, and the dark 3×3 centre.
    expect(path).toContain('M0 0h1v1h-1z');
    expect(path).toContain('M3 3h1v1h-1z');
  });

  it('gives different symbols for different links, the same for the same', () => {
    expect(qrMatrix('https://a.example/1').path).toBe(qrMatrix('https://a.example/1').path);
    expect(qrMatrix('https://a.example/1').path).not.toBe(qrMatrix('https://a.example/2').path);
  });
});
