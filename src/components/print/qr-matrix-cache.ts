import { knownQrMatrix, rememberQrMatrix } from './known-qr-codes';
import { qrMatrix, type QrMatrix } from './qr-matrix';

/** The matrix of `text`: the known one, or encoded now (tens of milliseconds on a slow phone) and kept. */
export function qrMatrixOf(text: string): QrMatrix {
  const hit = knownQrMatrix(text);
  if (hit) return hit;
  const made = qrMatrix(text);
  rememberQrMatrix(text, made);
  return made;
}
