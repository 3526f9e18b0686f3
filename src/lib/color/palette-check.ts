import { DEFICIENCIES, simulateDeficiency, type Deficiency } from './color-vision';
import { deltaE2000Rgb } from './delta-e';
import { contrastRatio, parseHex, type Rgb } from './srgb';

export type Vision = 'normal' | Deficiency;
export const VISIONS: readonly Vision[] = ['normal', ...DEFICIENCIES];

export interface PaletteFigures {
  /** WCAG contrast of each colour against each background (normal vision), lowest first. */
  contrast: { colour: string; background: string; ratio: number }[];
  /** CIEDE2000 ΔE of each pair of colours, as seen with each kind of vision, lowest first. */
  pairs: { a: string; b: string; vision: Vision; deltaE: number }[];
}

function see(rgb: Rgb, vision: Vision): Rgb {
  return vision === 'normal' ? rgb : simulateDeficiency(rgb, vision);
}

/** The figures by which a categorical chart palette is judged: contrast and distinguishability. */
export function paletteFigures(
  colours: Readonly<Record<string, string>>,
  backgrounds: Readonly<Record<string, string>>,
): PaletteFigures {
  const entries = Object.entries(colours).map(([name, hex]) => [name, parseHex(hex)] as const);
  const contrast = entries.flatMap(([colour, rgb]) =>
    Object.entries(backgrounds).map(([background, hex]) => ({
      colour,
      background,
      ratio: contrastRatio(rgb, parseHex(hex)),
    })),
  );
  const pairs = entries.flatMap(([a, rgbA], i) =>
    entries
      .slice(i + 1)
      .flatMap(([b, rgbB]) =>
        VISIONS.map((vision) => ({ a, b, vision, deltaE: deltaE2000Rgb(see(rgbA, vision), see(rgbB, vision)) })),
      ),
  );
  return {
    contrast: contrast.sort((x, y) => x.ratio - y.ratio),
    pairs: pairs.sort((x, y) => x.deltaE - y.deltaE),
  };
}

/**
 * The custom properties of one rule in a stylesheet, e.g. `[data-color-scheme='dark']`:
 * `{ '--chart-level-nce': '#62b8f0', … }`. For reading styles/charts.css in tests.
 */
export function customProperties(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}
