import type { FigureParts, MeasureText } from './compose-svg';

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
    copy.setAttribute('style', style);
    copy.removeAttribute('class');
    // Focus rings and tabindex are for the page, not for an image.
    copy.removeAttribute('tabindex');
  });
  return clone.innerHTML;
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

/** The first visible colour of a legend item's swatch (an svg shape or a box with a background). */
function swatchColor(item: Element): string | null {
  const shape = item.querySelector('svg path, svg rect, svg circle, svg polygon, svg line');
  if (shape) {
    const style = getComputedStyle(shape);
    const fill = style.fill;
    if (fill && fill !== 'none' && !fill.startsWith('url(')) return fill;
    if (style.stroke && style.stroke !== 'none') return style.stroke;
  }
  for (const el of Array.from(item.querySelectorAll('*'))) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') return bg;
  }
  return null;
}

function legendItems(figure: HTMLElement): FigureParts['legend'] {
  const legend = figure.querySelector('.chart-figure__legend');
  if (!legend) return [];
  const items = Array.from(legend.querySelectorAll('li'));
  if (items.length === 0) return text(legend) === '' ? [] : [{ label: text(legend), color: null }];
  return items.map((item) => ({ label: text(item), color: swatchColor(item) }));
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
