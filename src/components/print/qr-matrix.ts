import { create } from 'qrcode';

export interface QrMatrix {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** One SVG path of all dark modules, one unit per module. */
  path: string;
}

/**
 * Encodes text as a QR code (error correction M) with the `qrcode` library, locally: no network, no
 * script injected, no image URL. Returns the modules as one SVG path, so React draws it as plain SVG.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: parts.join('') };
}
