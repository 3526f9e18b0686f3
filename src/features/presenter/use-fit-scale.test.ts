import { describe, expect, it } from 'vitest';
import { DESIGN_HEIGHT, MIN_LAYOUT_WIDTH, fitSlide } from './use-fit-scale';

describe('fitSlide', () => {
  it('lays a slide out at the design height and scales it up to a large screen', () => {
    const fit = fitSlide({ width: 1800, height: 2 * DESIGN_HEIGHT }, 400);
    expect(fit.scale).toBe(2);
    expect(fit.layoutWidth).toBe(900);
    // Centred vertically: 400 × 2 = 800 of 1200.
    expect(fit.y).toBe(200);
    expect(fit.x).toBe(0);
  });

  it('scales content taller than the design height down until all of it is inside the box', () => {
    const fit = fitSlide({ width: 1200, height: DESIGN_HEIGHT }, 2 * DESIGN_HEIGHT);
    expect(fit.scale).toBe(0.5);
    expect(fit.y).toBe(0);
    // Narrower than the box once scaled: centred horizontally.
    expect(fit.x).toBe(300);
  });

  it('never lays out narrower than the narrowest supported layout (a portrait phone)', () => {
    const fit = fitSlide({ width: 330, height: 650 }, 1300);
    expect(fit.layoutWidth).toBe(MIN_LAYOUT_WIDTH);
    expect(fit.scale).toBe(0.5);
    expect(fit.y).toBe(0);
  });

  it('is whole at every size: the drawn content is never above, left of or past the box', () => {
    for (const box of [
      { width: 1300, height: 600 },
      { width: 960, height: 580 },
      { width: 1850, height: 930 },
      { width: 330, height: 640 },
    ]) {
      for (const content of [200, 600, 1000, 2400]) {
        const fit = fitSlide(box, content);
        expect(fit.y).toBeGreaterThanOrEqual(0);
        expect(fit.x).toBeGreaterThanOrEqual(0);
        expect(fit.y + content * fit.scale).toBeLessThanOrEqual(box.height + 1e-9);
        expect(fit.x + fit.layoutWidth * fit.scale).toBeLessThanOrEqual(box.width + 1e-9);
      }
    }
  });
});
