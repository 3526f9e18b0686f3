/** Measures the width of a text at a font size in px (canvas measureText in the browser). */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** A rough measure for when no canvas is at hand (tests): average glyph width of a sans-serif. */
export const approximateMeasure: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.58 : 0.52);

export interface LegendItem {
  label: string;
  swatch: { markup: string; width: number; height: number } | null;
  color: string | null;
}

export interface FigureParts {
  title: string;
  summary: string;
  /** The chart's <svg> markup, with computed styles inlined (no classes or CSS vars needed). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  /** Legend items: the label, and its swatch as the legend's own small SVG (styles inlined) or a colour. */
  legend: readonly LegendItem[];
  /** "Kilde: …", as on screen. */
  source: string;
  /** The page's address (a link to exactly what is shown). */
  address: string;
  /** How to cite the chart (title, Klyngeinnsikt, sources, date of the data, address, licence); '' for none. */
  citation?: string;
  colors: { background: string; text: string; subtle: string };
  fontFamily: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The font the picture is drawn in, carried inside the SVG (an @font-face with a data: URL), so an
 * image viewer, a phone and a desktop all draw the text in the font it was laid out with.
 */
export interface EmbeddedFont {
  family: string;
  /** data:font/woff2;base64,… */
  dataUrl: string;
}

const PAD = 24;
const TITLE = 22;
const BODY = 15;
const SMALL = 13;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Greedy word wrap to a width; a word longer than the width gets a line of its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The whole figure as one standalone SVG: title, summary, the chart, the legend and the source line,
 * laid out top to bottom at the chart's width. Everything is text in the SVG (searchable, selectable).
 */
export function composeFigureSvg(
  parts: FigureParts,
  measure: MeasureText = approximateMeasure,
  font: EmbeddedFont | null = null,
): ComposedSvg {
  const width = Math.max(320, Math.round(parts.chartWidth + 2 * PAD));
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const textBlock = (text: string, size: number, bold: boolean, fill: string) => {
    for (const line of wrapText(text, inner, size, bold, measure)) {
      y += size * 1.3;
      out.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      );
    }
  };

  textBlock(parts.title, TITLE, true, parts.colors.text);
  y += 4;
  textBlock(parts.summary, BODY, false, parts.colors.subtle);
  y += 12;
  out.push(
    `<svg x="${PAD}" y="${y.toFixed(1)}" width="${parts.chartWidth}" height="${parts.chartHeight}" viewBox="0 0 ${parts.chartWidth} ${parts.chartHeight}" overflow="visible">${parts.chartSvg}</svg>`,
  );
  y += parts.chartHeight + 8;

  // Legend: swatch + label, flowing left to right and wrapping.
  let x = PAD;
  const rowHeight = BODY * 1.6;
  if (parts.legend.length > 0) y += rowHeight;
  for (const item of parts.legend) {
    const swatchWidth = item.swatch ? item.swatch.width + 8 : item.color ? 22 : 0;
    const itemWidth = swatchWidth + measure(item.label, BODY, false) + 20;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    if (item.swatch) {
      const { markup, width: w, height: h } = item.swatch;
      out.push(
        `<svg x="${x.toFixed(1)}" y="${(y - BODY * 0.35 - h / 2).toFixed(1)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" overflow="visible">${markup}</svg>`,
      );
      x += swatchWidth;
    } else if (item.color) {
      out.push(
        `<rect x="${x}" y="${(y - BODY * 0.85).toFixed(1)}" width="14" height="14" rx="2" fill="${escapeXml(item.color)}"/>`,
      );
      x += 22;
    }
    // A label longer than the line wraps beside its swatch (a narrow chart's legend).
    const lines = wrapText(item.label, Math.max(width - PAD - x, 80), BODY, false, measure);
    lines.forEach((line, index) => {
      if (index > 0) y += rowHeight;
      out.push(
        `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${BODY}" fill="${escapeXml(parts.colors.text)}">${escapeXml(line)}</text>`,
      );
    });
    x += Math.max(...lines.map((line) => measure(line, BODY, false))) + 20;
  }
  y += 8;
  textBlock(parts.source, SMALL, false, parts.colors.subtle);
  if (parts.address !== '') textBlock(parts.address, SMALL, false, parts.colors.subtle);
  if (parts.citation) textBlock(parts.citation, SMALL, false, parts.colors.subtle);
  y += PAD;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(parts.fontFamily)}">` +
    `<title>${escapeXml(parts.title)}</title>` +
    (font
      ? `<style>@font-face{font-family:"${escapeXml(font.family)}";src:url(${font.dataUrl}) format("woff2");font-weight:100 900;}</style>`
      : '') +
    `<rect width="100%" height="100%" fill="${escapeXml(parts.colors.background)}"/>` +
    out.join('') +
    `</svg>`;
  return { svg, width, height };
}

/** The sizes a picture can be saved at: a slide (1920×1080) or a document page's width (1200 px). */
export type ExportSize = 'document' | 'slide';

export const EXPORT_SIZES: Readonly<Record<ExportSize, { width: number; height: number | null }>> = {
  document: { width: 1200, height: null },
  slide: { width: 1920, height: 1080 },
};

/**
 * The composed figure at a chosen size: scaled to the size's width (a document) or into the slide's
 * box, centred on the figure's background (a slide). The figure inside is unchanged (a nested <svg>).
 */
export function fitToSize(composed: ComposedSvg, size: ExportSize, background: string): ComposedSvg {
  const target = EXPORT_SIZES[size];
  const width = target.width;
  const height = target.height ?? Math.round((composed.height * width) / composed.width);
  const scale = Math.min(width / composed.width, height / composed.height);
  const w = composed.width * scale;
  const h = composed.height * scale;
  const x = (width - w) / 2;
  const y = (height - h) / 2;
  const inner = composed.svg.replace(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+"/,
    `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>` +
    inner +
    `</svg>`;
  return { svg, width, height };
}
