import { describe, expect, it } from 'vitest';
import { DEFICIENCIES, MACHADO_SEVERITY_1, simulateDeficiency } from './color-vision';
import { deltaE2000Rgb } from './delta-e';
import { parseHex, toHex } from './srgb';

describe('simulateDeficiency (Machado et al. 2009, severity 1)', () => {
  it.each(DEFICIENCIES)('leaves greys grey and white white (%s)', (deficiency) => {
    // Each matrix row sums to 1, so neutral colours are preserved.
    for (const row of MACHADO_SEVERITY_1[deficiency]) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 4);
    for (const grey of ['#000000', '#777777', '#ffffff']) {
      expect(toHex(simulateDeficiency(parseHex(grey), deficiency))).toBe(grey);
    }
  });

  it('makes red and green hard to tell apart for protan and deutan, but not for tritan', () => {
    const red = parseHex('#d62728');
    const green = parseHex('#2ca02c');
    const normal = deltaE2000Rgb(red, green);
    const protan = deltaE2000Rgb(simulateDeficiency(red, 'protan'), simulateDeficiency(green, 'protan'));
    const deutan = deltaE2000Rgb(simulateDeficiency(red, 'deutan'), simulateDeficiency(green, 'deutan'));
    const tritan = deltaE2000Rgb(simulateDeficiency(red, 'tritan'), simulateDeficiency(green, 'tritan'));
    expect(normal).toBeGreaterThan(50);
    expect(protan).toBeLessThan(normal / 2);
    expect(deutan).toBeLessThan(normal / 2);
    expect(tritan).toBeGreaterThan(normal / 2);
  });

  it('makes blue and green hard to tell apart for tritan', () => {
    const blue = parseHex('#1f77b4');
    const teal = parseHex('#17becf');
    const normal = deltaE2000Rgb(blue, teal);
    const tritan = deltaE2000Rgb(simulateDeficiency(blue, 'tritan'), simulateDeficiency(teal, 'tritan'));
    expect(tritan).toBeLessThan(normal);
  });

  it('matches the linear-RGB matrix product for pure red (protan)', () => {
    const [r, g, b] = simulateDeficiency([1, 0, 0], 'protan');
    // Linear result is the first column: 0.152286, 0.114503, -0.003882 (clamped to 0).
    expect(r).toBeCloseTo(1.055 * 0.152286 ** (1 / 2.4) - 0.055, 6);
    expect(g).toBeCloseTo(1.055 * 0.114503 ** (1 / 2.4) - 0.055, 6);
    expect(b).toBe(0);
  });
});
