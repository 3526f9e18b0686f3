import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from '../lib/color/srgb';
import { customProperties, paletteFigures } from '../lib/color/palette-check';

/**
 * The chart palette in styles/charts.css, checked as users see it: 3:1 against every background a
 * chart sits on (WCAG 1.4.11), and a CIEDE2000 difference of at least 12 between any two colours with
 * normal vision and simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009). ADR 051.
 */
const css = readFileSync('src/styles/charts.css', 'utf8');

// Designsystemet's neutral background-default, background-tinted and surface-default per scheme.
const BACKGROUNDS = {
  light: { background: '#ffffff', tinted: '#f3f3f4', surface: '#ffffff' },
  dark: { background: '#17181a', tinted: '#1e2022', surface: '#26282b' },
} as const;

const SCHEMES = [
  { scheme: 'light', selector: "[data-color-scheme='light']" },
  { scheme: 'dark', selector: "[data-color-scheme='dark']" },
] as const;

const MIN_DELTA_E = 12;

function categorical(props: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(props).filter(([name]) => name.startsWith('--chart-level-') || name === '--chart-unknown'),
  );
}

describe.each(SCHEMES)('chart palette, $scheme scheme', ({ scheme, selector }) => {
  const props = customProperties(css, selector);
  const colours = categorical(props);
  const figures = paletteFigures(colours, BACKGROUNDS[scheme]);

  it('has the four level colours and the unknown colour', () => {
    expect(Object.keys(colours).sort()).toEqual([
      '--chart-level-arena',
      '--chart-level-arena-pro',
      '--chart-level-gce',
      '--chart-level-nce',
      '--chart-unknown',
    ]);
  });

  it('gives every colour at least 3:1 against every background', () => {
    expect(figures.contrast.filter((c) => c.ratio < 3)).toEqual([]);
  });

  it(`keeps every pair at least ΔE00 ${MIN_DELTA_E} apart, with normal vision and simulated protan, deutan, tritan`, () => {
    expect(figures.pairs.filter((p) => p.deltaE < MIN_DELTA_E)).toEqual([]);
  });

  it('gives chart text 4.5:1 and reference lines 3:1 against every background', () => {
    for (const background of Object.values(BACKGROUNDS[scheme])) {
      expect(contrastRatio(parseHex(props['--chart-text'] ?? ''), parseHex(background))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(parseHex(props['--chart-reference'] ?? ''), parseHex(background))).toBeGreaterThanOrEqual(3);
    }
  });
});

it('uses the same dark values when the scheme is dark by choice and by system preference', () => {
  const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  expect(customProperties(media, "[data-color-scheme='auto']")).toEqual(
    customProperties(css, "[data-color-scheme='dark']"),
  );
});

describe('customProperties', () => {
  it('reads the custom properties of one rule, and refuses a rule that is not there', () => {
    const sheet = '.a {\n  --x: #fff;\n  color: red;\n}\n.b {\n  --y: 1px;\n}';
    expect(customProperties(sheet, '.a')).toEqual({ '--x': '#fff' });
    expect(customProperties(sheet, '.b')).toEqual({ '--y': '1px' });
    expect(() => customProperties(sheet, '.c')).toThrow(/no rule/);
  });
});
