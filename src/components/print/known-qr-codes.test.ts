import { afterEach, describe, expect, it } from 'vitest';
import { qrMatrix } from './qr-matrix';
import { adoptDrawnQrCodes, forgetQrMatrices, knownQrMatrix, matrixOfDrawing } from './known-qr-codes';
import { qrMatrixOf } from './qr-matrix-cache';

const LINK = 'https://klyngeinnsikt.example/clusters/nce-media';

/** An <svg> as QrCode draws it, parsed from markup (as the browser parses a prerendered page). */
function drawing(markup: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const svg = holder.firstElementChild;
  if (!svg) throw new Error('no element');
  return svg;
}

afterEach(() => {
  forgetQrMatrices();
});

describe('QR matrices known without encoding', () => {
  it('knows nothing until a link is encoded, then gives the same matrix again', () => {
    expect(knownQrMatrix(LINK)).toBeUndefined();
    const made = qrMatrixOf(LINK);
    expect(made).toEqual(qrMatrix(LINK));
    expect(knownQrMatrix(LINK)).toBe(made);
    expect(qrMatrixOf(LINK)).toBe(made);
  });

  it('adopts the drawings a prerendered page holds, as drawn', () => {
    const { size, path } = qrMatrix(LINK);
    const side = size + 8;
    const root = document.createElement('div');
    root.innerHTML = `<footer><svg class="qr-code" viewBox="-4 -4 ${side} ${side}" data-qr-text="${LINK}"><rect></rect><path d="${path}"></path></svg></footer>`;
    adoptDrawnQrCodes(root);
    expect(knownQrMatrix(LINK)).toEqual({ size, path });
  });

  it('ignores an element that is not a QR drawing', () => {
    expect(matrixOfDrawing(drawing('<svg viewBox="-4 -4 33 33"><path d="M0 0h1v1h-1z"></path></svg>'))).toBe(undefined);
    expect(matrixOfDrawing(drawing('<svg data-qr-text="x" viewBox="-4 -4 33 33"></svg>'))).toBeUndefined();
    expect(
      matrixOfDrawing(drawing('<svg data-qr-text="x" viewBox="0 0 auto auto"><path d="M0 0h1v1h-1z"></path></svg>')),
    ).toBeUndefined();
    expect(
      matrixOfDrawing(drawing('<svg data-qr-text="x" viewBox="-4 -4 33 33"><path d="M0 0h1v1h-1z"></path></svg>')),
    ).toEqual({ text: 'x', matrix: { size: 25, path: 'M0 0h1v1h-1z' } });
  });
});
