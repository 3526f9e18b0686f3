import type { QrMatrix } from './qr-matrix';
import { QR_QUIET_ZONE } from './known-qr-codes';

/**
 * A QR code as inline SVG: black on white in every colour scheme, so it scans on paper. Carries the
 * text it encodes (`data-qr-text`, QR_TEXT_ATTRIBUTE), so the client can adopt a prerendered drawing instead of encoding it again.
 */
export function QrCode({
  text,
  matrix,
  label,
  size = 96,
}: {
  text: string;
  matrix: QrMatrix;
  label: string;
  size?: number;
}) {
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      width={size}
      height={size}
      viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}
