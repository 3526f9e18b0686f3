import { useMemo } from 'react';
import { qrMatrix } from './qr-matrix';

const QUIET = 4;

/** A QR code of `text` as inline SVG: black on white in every colour scheme, so it scans on paper. */
export function QrCode({ text, label, size = 96 }: { text: string; label: string; size?: number }) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  const side = matrix.size + 2 * QUIET;
  return (
    <svg
      className="qr-code"
      width={size}
      height={size}
      viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}
