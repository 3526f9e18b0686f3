import type { QrMatrix } from './qr-matrix';

/** Modules of white around a symbol (the quiet zone), on every side. */
export const QR_QUIET_ZONE = 4;

/** The attribute of a drawn QR code that holds the text it encodes (read back by `adoptDrawnQrCodes`). */
export const QR_TEXT_ATTRIBUTE = 'data-qr-text';

/**
 * The QR matrices the page already has, by the text they encode: encoded before, or adopted from the
 * prerendered markup. No encoder here, so the app's entry can adopt drawings without loading one.
 */
const known = new Map<string, QrMatrix>();

/** The matrix of `text` if it is already known; never encodes. */
export function knownQrMatrix(text: string): QrMatrix | undefined {
  return known.get(text);
}

/** Keeps a matrix encoded for `text`. */
export function rememberQrMatrix(text: string, matrix: QrMatrix): void {
  known.set(text, matrix);
}

/**
 * The matrix a drawn QR code (an `<svg>` as `QrCode` renders it) shows: its size from the viewBox,
 * its dark modules from the path. Undefined when the element is not such a drawing.
 */
export function matrixOfDrawing(svg: Element): { text: string; matrix: QrMatrix } | undefined {
  const text = svg.getAttribute(QR_TEXT_ATTRIBUTE);
  const path = svg.querySelector('path')?.getAttribute('d');
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const size = side - 2 * QR_QUIET_ZONE;
  if (text === null || !path || !Number.isInteger(size) || size < 21) return undefined;
  return { text, matrix: { size, path } };
}

/**
 * Takes the QR codes the prerender drew into `root` as known, so hydrating draws the very same markup
 * without running the encoder again. Call before hydrating.
 */
export function adoptDrawnQrCodes(root: ParentNode): void {
  root.querySelectorAll(`svg[${QR_TEXT_ATTRIBUTE}]`).forEach((svg) => {
    const drawn = matrixOfDrawing(svg);
    if (drawn && !known.has(drawn.text)) known.set(drawn.text, drawn.matrix);
  });
}

/** Forgets every known matrix (tests). */
export function forgetQrMatrices(): void {
  known.clear();
}
