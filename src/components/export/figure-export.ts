import {
  approximateMeasure,
  composeFigureSvg,
  fitToSize,
  type ComposedSvg,
  type EmbeddedFont,
  type ExportSize,
} from './compose-svg';
import { canvasMeasure, readFigureParts } from './read-figure';

/** The family name the app's stylesheet gives Inter (styles/fonts.css, from @fontsource-variable/inter). */
const INTER_FAMILY = 'Inter Variable';

/**
 * Inter as a data: URL (its module loads with the first export): the picture carries its font, so it
 * looks the same wherever it is opened, and is laid out with the font it is drawn in.
 */
async function embeddedInter(): Promise<EmbeddedFont | null> {
  try {
    const { INTER_LATIN_DATA_URL } = await import('./inter-font-data');
    return { family: INTER_FAMILY, dataUrl: INTER_LATIN_DATA_URL.replace(/^data:[^;,]*/, 'data:font/woff2') };
  } catch (error) {
    // Without it the picture falls back to the viewer's sans-serif; the export still holds.
    console.warn('Export without the embedded font', error);
    return null;
  }
}

/**
 * The rendered figure as one standalone SVG (title, summary, chart, legend, source line, the page's
 * address and the citation line, in the embedded Inter), at a chosen size; null if the figure has no chart.
 */
export async function figureToSvg(
  figure: HTMLElement,
  address: string,
  size: ExportSize,
  citation = '',
): Promise<ComposedSvg | null> {
  const parts = readFigureParts(figure, address, citation);
  if (!parts) return null;
  const font = await embeddedInter();
  const composed = composeFigureSvg(parts, canvasMeasure(parts.fontFamily, approximateMeasure), font);
  return fitToSize(composed, size, parts.colors.background);
}

/**
 * Draws a composed SVG to a canvas of its size and returns a PNG. The SVG is loaded as a data: URL
 * image (CSP: img-src data:), so no script, no network and an untainted canvas.
 */
export async function svgToPng({ svg, width, height }: ComposedSvg): Promise<Blob> {
  const image = new Image();
  image.width = width;
  image.height = height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}
