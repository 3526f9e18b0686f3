import { describe, expect, it } from 'vitest';
import { deltaE2000, deltaE2000Rgb, rgbToLab, type Lab } from './delta-e';
import { parseHex } from './srgb';

describe('rgbToLab', () => {
  it('maps white, black and sRGB red to their CIELAB (D65) values', () => {
    const white = rgbToLab([1, 1, 1]);
    expect(white[0]).toBeCloseTo(100, 3);
    expect(white[1]).toBeCloseTo(0, 2);
    expect(white[2]).toBeCloseTo(0, 2);
    expect(rgbToLab([0, 0, 0])).toEqual([0, 0, 0]);
    const red = rgbToLab(parseHex('#ff0000'));
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });
});

describe('deltaE2000', () => {
  // Test pairs from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", table 1.
  const pairs: [Lab, Lab, number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  it.each(pairs)('matches the published value for %j vs %j', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('is zero for the same colour and large for black against white', () => {
    expect(deltaE2000Rgb(parseHex('#0064a0'), parseHex('#0064a0'))).toBe(0);
    expect(deltaE2000Rgb(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(100, 0);
  });
});
