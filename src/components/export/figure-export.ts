import { approximateMeasure, composeFigureSvg, type ComposedSvg } from './compose-svg';
import { canvasMeasure, readFigureParts } from './read-figure';

/** The rendered figure as one standalone SVG (title, summary, chart, legend, source), or null if no chart. */
export function figureToSvg(figure: HTMLElement): ComposedSvg | null {
  const parts = readFigureParts(figure);
  if (!parts) return null;
  return composeFigureSvg(parts, canvasMeasure(parts.fontFamily, approximateMeasure));
}

/**
 * Draws a composed SVG to a canvas at `scale` × its size and returns a PNG. The SVG is loaded as a
 * data: URL image (CSP: img-src data:), so no script, no network and an untainted canvas.
 */
export async function svgToPng({ svg, width, height }: ComposedSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = width;
  image.height = height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}
