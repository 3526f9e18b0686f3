import { fromLinear, toLinear, type Rgb } from './srgb';

/**
 * Simulated colour-vision deficiency, after Machado, Oliveira & Fernandes (2009), "A Physiologically-
 * based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), table of matrices at
 * severity 1.0 (dichromacy: protanopia, deuteranopia, tritanopia). The matrices act on linear RGB.
 */
export type Deficiency = 'protan' | 'deutan' | 'tritan';
export const DEFICIENCIES: readonly Deficiency[] = ['protan', 'deutan', 'tritan'];

type Matrix = readonly [Rgb, Rgb, Rgb];

export const MACHADO_SEVERITY_1: Record<Deficiency, Matrix> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function multiply(m: Matrix, v: Rgb): Rgb {
  return m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as unknown as Rgb;
}

/** How an sRGB colour looks with the given deficiency (full severity), as sRGB (clamped to gamut). */
export function simulateDeficiency(rgb: Rgb, deficiency: Deficiency): Rgb {
  const linear = rgb.map(toLinear) as unknown as Rgb;
  return multiply(MACHADO_SEVERITY_1[deficiency], linear).map(fromLinear) as unknown as Rgb;
}
