import { describe, expect, it } from 'vitest';
import { paletteFigures, VISIONS } from './palette-check';

describe('paletteFigures', () => {
  const figures = paletteFigures({ red: '#d62728', green: '#2ca02c', black: '#000000' }, { white: '#ffffff' });

  it('gives the contrast of each colour against each background, lowest first', () => {
    expect(figures.contrast.map((c) => c.colour)).toEqual(['green', 'red', 'black']);
    expect(figures.contrast[2]?.ratio).toBeCloseTo(21, 5);
  });

  it('gives every pair under every kind of vision, lowest first', () => {
    expect(figures.pairs).toHaveLength(3 * VISIONS.length);
    const redGreen = (vision: string) =>
      figures.pairs.find((p) => p.a === 'red' && p.b === 'green' && p.vision === vision)?.deltaE ?? NaN;
    // Red and green collapse for deutan vision: the pair a categorical palette must avoid.
    expect(redGreen('deutan')).toBeLessThan(redGreen('normal') / 2);
    expect(figures.pairs[0]?.deltaE).toBe(Math.min(...figures.pairs.map((p) => p.deltaE)));
  });
});
