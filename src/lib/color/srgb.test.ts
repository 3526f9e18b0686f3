import { describe, expect, it } from 'vitest';
import { contrastRatio, fromLinear, parseHex, relativeLuminance, toHex, toLinear } from './srgb';

describe('sRGB helpers', () => {
  it('parses long and short hex, and refuses anything else', () => {
    expect(parseHex('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(parseHex('#fff')).toEqual([1, 1, 1]);
    expect(toHex(parseHex('#0064a0'))).toBe('#0064a0');
    expect(() => parseHex('red')).toThrow(/not a hex colour/);
    expect(() => parseHex('#12345')).toThrow();
  });

  it('round-trips between gamma and linear light', () => {
    for (const c of [0, 0.02, 0.04045, 0.2, 0.5, 1]) expect(fromLinear(toLinear(c))).toBeCloseTo(c, 6);
  });

  it('gives the WCAG luminance and contrast figures', () => {
    expect(relativeLuminance([1, 1, 1])).toBeCloseTo(1, 10);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 10);
    expect(contrastRatio(parseHex('#fff'), parseHex('#fff'))).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    // Symmetric.
    expect(contrastRatio(parseHex('#0064a0'), parseHex('#fff'))).toBe(
      contrastRatio(parseHex('#fff'), parseHex('#0064a0')),
    );
  });
});
