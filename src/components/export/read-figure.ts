import type { FigureParts, LegendItem, MeasureText } from './compose-svg';

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

/** The chart's <svg> as markup, with each element's computed presentation style inlined. */
export function inlineSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none') {
      copy.remove();
      return;
    }
    const style = STYLE_PROPS.map((prop) => [prop, computed.getPropertyValue(prop)] as const)
      .filter(([, value]) => value !== '')
      .map(([prop, value]) => `${prop}:${value}`)
      .join(';');
    // Attributes such as stroke="var(--chart-grid)" mean nothing outside the page: the computed
    // value is in the style now.
    for (const attribute of Array.from(copy.attributes)) {
      if (attribute.value.includes('var(')) copy.removeAttribute(attribute.name);
    }
    copy.setAttribute('style', style);
    copy.removeAttribute('class');
    // Focus rings and tabindex are for the page, not for an image.
    copy.removeAttribute('tabindex');
  });
  // XMLSerializer, not innerHTML: HTML serialisation writes entities such as &nbsp; that are not XML.
  const serializer = new XMLSerializer();
  return Array.from(clone.childNodes, (node) => serializer.serializeToString(node)).join('');
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

function legendItem(item: Element): LegendItem {
  const svg = item.querySelector('svg');
  const box = svg?.getBoundingClientRect();
  return {
    label: text(item),
    swatch:
      svg && box ? { markup: inlineSvg(svg), width: Math.round(box.width), height: Math.round(box.height) } : null,
    color: svg ? null : backgroundSwatch(item),
  };
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

/** Everything the export needs from a rendered ChartFigure, read from the page as it is drawn now. */
export function readFigureParts(figure: HTMLElement): FigureParts | null {
  const surface = chartSurface(figure);
  if (!surface) return null;
  const box = surface.getBoundingClientRect();
  const style = getComputedStyle(figure);
  const summary = figure.querySelector('.chart-figure__summary');
  return {
    title: text(figure.querySelector('.chart-figure__caption h2, .chart-figure__caption h3')),
    summary: text(summary),
    chartSvg: inlineSvg(surface),
    chartWidth: Math.round(box.width),
    chartHeight: Math.round(box.height),
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
