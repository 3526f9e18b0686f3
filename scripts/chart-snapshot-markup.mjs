// The markup of a chart snapshot (ADR 035), from the Recharts surface Chromium drew at build time: a pure
// function of the surface's outerHTML, so it is unit-tested (chart-snapshot-markup.test.ts).

/**
 * A Recharts `<svg class="recharts-surface">` as a snapshot for the chart width `width`: sized by CSS
 * (`.chart-snapshot`, its viewBox keeps the proportions; the surface's own size style goes), an image
 * with the live chart's name that keyboard users can reach (focusing it brings the live chart), no other
 * tab stops or links, and ids made unique to this width (a page holds one snapshot per width). Styles inside stay:
 * the bars' fills and dashes are style attributes (allowed by the CSP's style-src-attr, ADR 040).
 * The surface is wrapped in elements with the classes of the live chart's wrappers (`frames`, outermost
 * first: `chart-frame`, the chart's own class), so the style sheet draws the picture as it draws the chart.
 * `name` names the picture where the surface has no `aria-label` of its own (the figure's title).
 * @param {string} surface @param {number} width @param {readonly string[]} [frames] @param {string} [name]
 * @returns {string}
 */
/** @param {string} text */
const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function snapshotMarkup(surface, width, frames = [], name = '') {
  const root = /^<svg\b([^>]*)>/.exec(surface);
  if (!root) throw new Error('chart snapshot: the markup does not start with <svg>');
  const attributes = root[1] ?? '';
  const viewBox = /\sviewBox="([^"]*)"/.exec(attributes)?.[1];
  if (!viewBox) throw new Error('chart snapshot: the surface has no viewBox');
  const label = /\saria-label="([^"]*)"/.exec(attributes)?.[1] || escapeAttribute(name);
  if (label === '') throw new Error('chart snapshot: the chart has no name (aria-label or the figure title)');
  const suffix = `-s${width}`;
  const body = surface
    .slice(root[0].length)
    .replace(/\stabindex="[^"]*"/g, '')
    // Links (the level chart's dots) become plain groups, keeping their class: the picture is one image; reaching for it
    // brings the live chart and its links.
    .replace(/<a\b([^>]*)>/g, (_, attributes) => `<g${/\sclass="[^"]*"/.exec(attributes)?.[0] ?? ''}>`)
    .replace(/<\/a>/g, '</g>')
    .replace(/\sid="([^"]+)"/g, (_, id) => ` id="${id}${suffix}"`)
    .replace(/url\(#([^)"]+)\)/g, (_, id) => `url(#${id}${suffix})`)
    .replace(/\s(xlink:href|href)="#([^"]+)"/g, (_, name, id) => ` ${name}="#${id}${suffix}"`);
  // A tab stop only where the live chart has one (the ranking) or links (the level chart's dots): focusing
  // it brings the live chart and moves focus there. A chart without one gets none either.
  const reachable = /\stabindex="0"/.test(attributes) || /<a\b/.test(surface);
  const image = `<svg class="chart-snapshot__image" viewBox="${viewBox}" role="img" aria-label="${label}"${reachable ? ' tabindex="0"' : ''}>${body}`;
  const framed = [...frames].reverse().reduce((inner, frame) => `<div class="${frame}">${inner}</div>`, image);
  return `<div class="chart-snapshot" data-width="${width}">${framed}</div>`;
}
