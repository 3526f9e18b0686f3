/**
 * Draws a chart made of HTML (the timeline's rows, marks and axis) as SVG, from what the browser laid
 * out: each visible box's background and borders as a rect or lines (a rotated box as a diamond, a
 * striped background as a hatch), each line of text as a <text> at its place. Classes are kept, so the
 * marks stay recognisable (`tl-mark`, `tl-seg`). Coordinates are relative to `root`.
 */

const TRANSPARENT = new Set(['transparent', 'rgba(0, 0, 0, 0)']);

const attr = (value: string) => value.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (value: string) => value.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (value: number) => value.toFixed(1);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function visible(style: CSSStyleDeclaration): boolean {
  return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
}

function boxOf(element: Element, origin: DOMRect): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

/** The colour a striped (repeating-gradient) background is drawn in: its first colour. */
function stripeColour(backgroundImage: string): string | null {
  const match = /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(backgroundImage);
  return match?.[1] ?? null;
}

function boxMarkup(element: Element, style: CSSStyleDeclaration, box: Box, hatchIds: Map<string, string>): string {
  const parts: string[] = [];
  const className = element.getAttribute('class');
  const classAttr = className ? ` class="${attr(className)}"` : '';
  const rotated = style.transform !== 'none' && style.transform !== '';
  let fill = TRANSPARENT.has(style.backgroundColor) ? null : style.backgroundColor;
  // A repeating gradient on a mark is a hatch; the grid lines of a whole track are left out.
  if (!fill && style.backgroundImage.includes('repeating-linear-gradient') && box.width < 400) {
    const colour = stripeColour(style.backgroundImage);
    if (colour) {
      const id = hatchIds.get(colour) ?? `hatch-${hatchIds.size + 1}`;
      hatchIds.set(colour, id);
      fill = `url(#${id})`;
    }
  }
  const borderWidth = parseFloat(style.borderTopWidth) || 0;
  const stroke =
    borderWidth > 0 && style.borderTopStyle !== 'none' && !TRANSPARENT.has(style.borderTopColor)
      ? ` stroke="${attr(style.borderTopColor)}" stroke-width="${borderWidth}"`
      : '';
  if (rotated && fill) {
    // A rotated square (a point in time): a diamond in its bounding box.
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    parts.push(
      `<path${classAttr} d="M${n(cx)} ${n(box.y)}L${n(box.x + box.width)} ${n(cy)}L${n(cx)} ${n(box.y + box.height)}L${n(box.x)} ${n(cy)}Z" fill="${attr(fill)}"/>`,
    );
    return parts.join('');
  }
  if (fill || (stroke && box.width > 0 && box.height > 0 && isUniformBorder(style))) {
    parts.push(
      `<rect${classAttr} x="${n(box.x)}" y="${n(box.y)}" width="${n(Math.max(box.width, 1))}" height="${n(box.height)}" fill="${attr(fill ?? 'none')}"${stroke}/>`,
    );
    return parts.join('');
  }
  // Single borders: axis lines, ticks, row rules.
  const side = (width: string, styleName: string, colour: string, x1: number, y1: number, x2: number, y2: number) => {
    const w = parseFloat(width) || 0;
    if (w <= 0 || styleName === 'none' || TRANSPARENT.has(colour)) return;
    parts.push(
      `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${attr(colour)}" stroke-width="${w}"/>`,
    );
  };
  const { x, y, width, height } = box;
  side(style.borderTopWidth, style.borderTopStyle, style.borderTopColor, x, y, x + width, y);
  side(style.borderBottomWidth, style.borderBottomStyle, style.borderBottomColor, x, y + height, x + width, y + height);
  side(style.borderLeftWidth, style.borderLeftStyle, style.borderLeftColor, x, y, x, y + height);
  side(style.borderRightWidth, style.borderRightStyle, style.borderRightColor, x + width, y, x + width, y + height);
  return parts.join('');
}

function isUniformBorder(style: CSSStyleDeclaration): boolean {
  return (
    style.borderTopWidth === style.borderBottomWidth &&
    style.borderTopWidth === style.borderLeftWidth &&
    style.borderTopWidth === style.borderRightWidth
  );
}

/** A text node's lines as laid out: the words grouped by the line they sit on. */
function textLines(node: Text, origin: DOMRect): { x: number; y: number; text: string }[] {
  const value = node.data;
  const range = document.createRange();
  const lines: { x: number; y: number; bottom: number; text: string }[] = [];
  const words = /\S+/g;
  for (let match = words.exec(value); match; match = words.exec(value)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const last = lines.at(-1);
    if (last && Math.abs(last.y - (rect.top - origin.top)) < rect.height / 2) last.text += ` ${match[0]}`;
    else
      lines.push({
        x: rect.left - origin.left,
        y: rect.top - origin.top,
        bottom: rect.bottom - origin.top,
        text: match[0],
      });
  }
  return lines.map((line) => ({ x: line.x, y: (line.y + line.bottom) / 2, text: line.text }));
}

function textMarkup(node: Text, style: CSSStyleDeclaration, origin: DOMRect): string {
  return textLines(node, origin)
    .map(
      (line) =>
        `<text x="${n(line.x)}" y="${n(line.y)}" dominant-baseline="central" font-size="${attr(style.fontSize)}" font-weight="${attr(style.fontWeight)}" fill="${attr(style.color)}">${text(line.text)}</text>`,
    )
    .join('');
}

function hatchPatterns(hatchIds: Map<string, string>): string {
  if (hatchIds.size === 0) return '';
  const patterns = [...hatchIds].map(
    ([colour, id]) =>
      `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="${attr(colour)}"/></pattern>`,
  );
  return `<defs>${patterns.join('')}</defs>`;
}

/** The HTML chart in `root` as SVG markup (the content of an <svg> of the root's size). */
export function htmlChartToSvg(root: HTMLElement): { markup: string; width: number; height: number } {
  const origin = root.getBoundingClientRect();
  const hatchIds = new Map<string, string>();
  const out: string[] = [];
  const walk = (element: Element) => {
    const style = getComputedStyle(element);
    if (!visible(style)) return;
    if (element instanceof SVGSVGElement) return; // small icons: left out
    const box = boxOf(element, origin);
    // Text for screen readers only (clipped to a pixel) is not part of the picture.
    if (box.width <= 1 && box.height <= 1 && style.overflow === 'hidden') return;
    if (box.width > 0 || box.height > 0) out.push(boxMarkup(element, style, box, hatchIds));
    for (const child of Array.from(element.childNodes)) {
      if (child instanceof Text) {
        if (child.data.trim() !== '') out.push(textMarkup(child, style, origin));
      } else if (child instanceof Element) walk(child);
    }
  };
  walk(root);
  return {
    markup: hatchPatterns(hatchIds) + out.join(''),
    width: Math.round(origin.width),
    height: Math.round(origin.height),
  };
}
