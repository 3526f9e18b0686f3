import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The build script's pure part (scripts/chart-snapshots.mjs writes its output into the pages).
import { snapshotMarkup } from '../../../scripts/chart-snapshot-markup.mjs';
import { SNAPSHOT_WIDTHS, collectSnapshots, hydratingSnapshot, releaseSnapshots, snapshotKey } from './chart-snapshots';

const SURFACE =
  '<svg aria-label="Andel. Piltast ned og opp: neste og forrige stolpe." role="application" tabindex="0" class="recharts-surface" width="380" height="794" viewBox="0 0 380 794" style="width: 100%; height: 100%; display: block;"><title>Andel</title><g tabindex="-1" class="recharts-zIndex-layer_-100"></g><defs><clipPath id="recharts1-clip"><rect x="1"></rect></clipPath></defs><g clip-path="url(#recharts1-clip)"><a href="/clusters/nce-media" aria-label="NCE Media" class="rank-dot"><circle r="4"></circle></a><path style="stroke-dasharray: 4 3;" d="M0 0"></path><use href="#recharts1-clip"></use></g></svg>';

describe('snapshotMarkup', () => {
  const markup = snapshotMarkup(SURFACE, 381, ['chart-frame', 'recharts-wrapper ranking-chart']);

  it('wraps the picture in the live chart’s frames, marked with its width', () => {
    expect(markup.startsWith('<div class="chart-snapshot" data-width="381"><div class="chart-frame">')).toBe(true);
    expect(markup).toContain('<div class="recharts-wrapper ranking-chart"><svg class="chart-snapshot__image"');
    expect(markup.endsWith('</svg></div></div></div>')).toBe(true);
  });

  it('is an image named as the chart that keyboard users can reach, sized by its viewBox', () => {
    const root = /<svg [^>]*>/.exec(markup)?.[0] ?? '';
    expect(root).toBe(
      '<svg class="chart-snapshot__image" viewBox="0 0 380 794" role="img" aria-label="Andel. Piltast ned og opp: neste og forrige stolpe." tabindex="0">',
    );
  });

  it('has no tab stop inside and ids of its own, and keeps the drawing’s styles', () => {
    expect(markup.match(/tabindex/g)).toHaveLength(1);
    expect(markup).toContain('id="recharts1-clip-s381"');
    expect(markup).toContain('clip-path="url(#recharts1-clip-s381)"');
    expect(markup).toContain('href="#recharts1-clip-s381"');
    expect(markup).toContain('style="stroke-dasharray: 4 3;"');
  });

  it('draws links as plain groups: the picture is one image', () => {
    expect(markup).not.toContain('<a ');
    expect(markup).toContain('<g class="rank-dot"><circle r="4"></circle></g>');
  });

  it('is named by the figure’s title where the chart has no name of its own', () => {
    const unnamed = snapshotMarkup(
      '<svg class="recharts-surface" viewBox="0 0 10 10"></svg>',
      381,
      [],
      'Plass etter "nivå"',
    );
    expect(unnamed).toContain('role="img" aria-label="Plass etter &quot;nivå&quot;"');
  });

  it('is a tab stop only where the live chart has one or links', () => {
    const still = snapshotMarkup(
      '<svg class="recharts-surface" viewBox="0 0 10 10"><rect></rect></svg>',
      381,
      [],
      'Budsjett',
    );
    expect(still).not.toContain('tabindex');
    const linked = snapshotMarkup(
      '<svg viewBox="0 0 10 10"><a href="/x" class="rank-dot"></a></svg>',
      381,
      [],
      'Plass',
    );
    expect(linked).toContain('tabindex="0"');
  });

  it('refuses markup that is not a chart surface', () => {
    expect(() => snapshotMarkup('<div></div>', 381)).toThrow(/does not start with <svg>/);
    expect(() => snapshotMarkup('<svg class="x"></svg>', 381)).toThrow(/no viewBox/);
    expect(() => snapshotMarkup('<svg viewBox="0 0 1 1"></svg>', 381)).toThrow(/no name/);
  });
});

describe('SNAPSHOT_WIDTHS', () => {
  it('each width lies in its own window, the windows do not overlap, and the page gives it at its viewport', () => {
    const sorted = [...SNAPSHOT_WIDTHS].sort((a, b) => a.width - b.width);
    sorted.forEach((entry, index) => {
      expect(entry.min).toBeLessThanOrEqual(entry.width);
      expect(entry.max).toBeGreaterThanOrEqual(entry.width);
      // Shown at most 1.5 % larger or smaller than it was drawn.
      expect(entry.width / entry.min).toBeLessThanOrEqual(1.015);
      expect(entry.max / entry.width).toBeLessThanOrEqual(1.015);
      expect(Math.min(entry.viewport - 32, 1120)).toBe(entry.width);
      const next = sorted[index + 1];
      if (next) expect(entry.max).toBeLessThan(next.min);
    });
  });

  it('has one container query in charts.css per width, with the same window', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    const queries = [
      ...css.matchAll(
        /@container chart-deferred \((\d+)px <= width <= (\d+)px\) \{\s*\.chart-snapshot\[data-width='(\d+)'\]/g,
      ),
    ].map((match) => ({ min: Number(match[1]), max: Number(match[2]), width: Number(match[3]) }));
    expect(queries).toEqual(SNAPSHOT_WIDTHS.map(({ width, min, max }) => ({ min, max, width })));
  });
});

describe('snapshotKey', () => {
  it('is the same for the same drawing and differs when anything drawn differs', () => {
    const rows = [{ id: 'nce-media', share: 59 }];
    expect(snapshotKey(['nb', rows])).toBe(snapshotKey(['nb', [{ id: 'nce-media', share: 59 }]]));
    expect(snapshotKey(['nb', rows])).not.toBe(snapshotKey(['en', rows]));
    expect(snapshotKey(['nb', rows])).not.toBe(snapshotKey(['nb', [{ id: 'nce-media', share: 60 }]]));
  });
});

describe('collectSnapshots', () => {
  it('hands a chart its snapshot while the page is hydrated, and none after', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<div data-chart-snapshot="ranking" data-snapshot-key="k1"><div class="chart-snapshot"></div></div><div data-chart-snapshot="levels-rank" data-snapshot-key="k2"></div>';
    collectSnapshots(root);
    expect(hydratingSnapshot('ranking')).toEqual({ markup: '<div class="chart-snapshot"></div>', key: 'k1' });
    // An empty slot (a build without Chromium) is no snapshot.
    expect(hydratingSnapshot('levels-rank')).toBeNull();
    releaseSnapshots();
    expect(hydratingSnapshot('ranking')).toBeNull();
  });
});
