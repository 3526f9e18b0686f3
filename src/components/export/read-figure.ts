import type { FigureParts, LegendItem, MeasureText } from './compose-svg';
import { htmlChartToSvg } from './html-to-svg';

/** Presentation properties copied from the computed style, so the SVG stands alone (CSS vars resolved). */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

// Classes stay (they name the marks: ranking-bar, rank-dot), though no stylesheet comes along.
const SKIPPED_ATTRIBUTES = new Set(['style', 'tabindex', 'role', 'focusable']);

const escapeAttribute = (value: string) => value.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeText = (value: string) => value.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);

function serializeNode(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.nodeValue ?? '');
  if (!(node instanceof Element)) return '';
  const computed = getComputedStyle(node);
  if (computed.display === 'none') return '';
  const attributes: string[] = [];
  for (const attribute of Array.from(node.attributes)) {
    // Attributes such as stroke="var(--chart-grid)" mean nothing outside the page: the computed
    // value is written below instead.
    if (SKIPPED_ATTRIBUTES.has(attribute.name) || attribute.name.startsWith('aria-')) continue;
    if (attribute.value.includes('var(') || STYLE_PROPS.includes(attribute.name as (typeof STYLE_PROPS)[number]))
      continue;
    attributes.push(`${attribute.name}="${escapeAttribute(attribute.value)}"`);
  }
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value !== '') attributes.push(`${prop}="${escapeAttribute(value)}"`);
  }
  const children = Array.from(node.childNodes, serializeNode).join('');
  const name = node.localName;
  return children === ''
    ? `<${name} ${attributes.join(' ')}/>`
    : `<${name} ${attributes.join(' ')}>${children}</${name}>`;
}

/**
 * The chart's <svg> content as standalone SVG markup: each element with its computed presentation
 * style written as attributes (CSS variables resolved, classes dropped). Built as text from the live
 * drawing, without cloning or setting style attributes, so it works under a CSP without
 * 'unsafe-inline' styles.
 */
export function inlineSvg(svg: SVGSVGElement): string {
  return Array.from(svg.childNodes, serializeNode).join('');
}

/** The largest <svg> in the chart area: Recharts' surface (legends and icons can be small svgs too). */
export function chartSurface(figure: HTMLElement): SVGSVGElement | null {
  const svgs = Array.from(figure.querySelectorAll<SVGSVGElement>('.chart-figure__chart svg'));
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of svgs) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A box's background colour when it is visible (a CSS swatch), else null. */
function backgroundSwatch(item: Element): string | null {
  for (const el of Array.from(item.querySelectorAll('*'))) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') return bg;
  }
  return null;
}

/** An HTML legend mark (a styled span: a hatch, a diamond) drawn as SVG, or null when there is none. */
function htmlSwatch(item: Element): LegendItem['swatch'] {
  const mark = item.querySelector<HTMLElement>('[aria-hidden="true"]');
  if (!mark || mark.getBoundingClientRect().width === 0) return null;
  const drawn = htmlChartToSvg(mark);
  return drawn.markup === '' ? null : { markup: drawn.markup, width: drawn.width, height: drawn.height };
}

function legendItem(item: Element): LegendItem {
  const svg = item.querySelector('svg');
  const box = svg?.getBoundingClientRect();
  if (svg && box)
    return {
      label: text(item),
      swatch: { markup: inlineSvg(svg), width: Math.round(box.width), height: Math.round(box.height) },
      color: null,
    };
  const swatch = htmlSwatch(item);
  return { label: text(item), swatch, color: swatch ? null : backgroundSwatch(item) };
}

function legendItems(figure: HTMLElement): FigureParts['legend'] {
  const legend = figure.querySelector('.chart-figure__legend');
  if (!legend) return [];
  const items = Array.from(legend.querySelectorAll('li'));
  if (items.length === 0) return text(legend) === '' ? [] : [{ label: text(legend), swatch: null, color: null }];
  return items.map(legendItem);
}

function opaqueBackground(element: Element | null): string {
  for (let el = element; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') return bg;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * The chart as SVG: Recharts' surface when the chart is one (it covers most of the chart area), else
 * the chart area's HTML drawn as SVG (the timeline's rows, whose only <svg>s are small icons).
 */
function chartDrawing(figure: HTMLElement): { svg: string; width: number; height: number } | null {
  const area = figure.querySelector<HTMLElement>('.chart-figure__chart');
  if (!area) return null;
  const areaBox = area.getBoundingClientRect();
  if (areaBox.width === 0 || areaBox.height === 0) return null;
  const surface = chartSurface(figure);
  const box = surface?.getBoundingClientRect();
  if (surface && box && box.width * box.height >= 0.5 * areaBox.width * areaBox.height)
    return { svg: inlineSvg(surface), width: Math.round(box.width), height: Math.round(box.height) };
  const drawn = htmlChartToSvg(area);
  return { svg: drawn.markup, width: drawn.width, height: drawn.height };
}

/** Everything the export needs from a rendered ChartFigure, read from the page as it is drawn now. */
export function readFigureParts(figure: HTMLElement, address: string, citation = ''): FigureParts | null {
  const chart = chartDrawing(figure);
  if (!chart) return null;
  const style = getComputedStyle(figure);
  const summary = figure.querySelector('.chart-figure__summary');
  return {
    title: text(figure.querySelector('.chart-figure__caption h2, .chart-figure__caption h3')),
    summary: text(summary),
    chartSvg: chart.svg,
    chartWidth: chart.width,
    chartHeight: chart.height,
    address,
    citation,
    legend: legendItems(figure),
    source: text(figure.querySelector('.chart-figure__source')),
    colors: {
      background: opaqueBackground(figure),
      text: style.color,
      subtle: summary ? getComputedStyle(summary).color : style.color,
    },
    fontFamily: style.fontFamily || 'sans-serif',
  };
}

/** Text width with the canvas' measureText in the figure's font; the approximation where no canvas. */
export function canvasMeasure(fontFamily: string, fallback: MeasureText): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return fallback;
  return (value, fontSize, bold) => {
    context.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily}`;
    return context.measureText(value).width;
  };
}
