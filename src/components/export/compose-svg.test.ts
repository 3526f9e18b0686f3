import { describe, expect, it } from 'vitest';
import { composeFigureSvg, escapeXml, wrapText, type FigureParts } from './compose-svg';

const parts: FigureParts = {
  title: 'Ga klyngemedlemskapet internasjonale relasjoner?',
  summary: 'Andel medlemmer som svarte ja, per klynge.',
  chartSvg: '<rect width="10" height="10" style="fill: rgb(0, 100, 160)"/>',
  chartWidth: 600,
  chartHeight: 400,
  legend: [
    { label: 'NCE', swatch: null, color: 'rgb(0, 100, 160)' },
    {
      label: 'ikke publisert',
      swatch: { markup: '<line x1="0" x2="26" y1="6" y2="6"/>', width: 28, height: 12 },
      color: null,
    },
    { label: 'alle', swatch: null, color: null },
  ],
  source: 'Kilde: Shifter (20. februar 2024) & Menon <2024>',
  colors: { background: 'rgb(255, 255, 255)', text: 'rgb(26, 26, 26)', subtle: 'rgb(80, 80, 80)' },
  fontFamily: 'Inter, sans-serif',
};

describe('composeFigureSvg', () => {
  it('holds the title, the chart, the legend and the escaped source line as text', () => {
    const { svg } = composeFigureSvg(parts);
    expect(svg).toContain('<title>Ga klyngemedlemskapet internasjonale relasjoner?</title>');
    expect(svg).toContain('>Ga klyngemedlemskapet internasjonale</text>');
    expect(svg).toContain('<rect width="10" height="10" style="fill: rgb(0, 100, 160)"/>');
    expect(svg).toContain('>NCE</text>');
    expect(svg).toContain(
      'width="28" height="12" viewBox="0 0 28 12" overflow="visible"><line x1="0" x2="26" y1="6" y2="6"/></svg>',
    );
    expect(svg).toContain('>alle</text>');
    expect(svg).toContain('Kilde: Shifter (20. februar 2024) &#38; Menon &#60;2024&#62;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('is as wide as the chart plus margins and taller than the chart', () => {
    const { width, height } = composeFigureSvg(parts);
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(400 + 100);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length * 10;
  it('breaks between words to fit the width', () => {
    expect(wrapText('aaa bbb ccc', 75, 10, false, measure)).toEqual(['aaa bbb', 'ccc']);
  });
  it('gives a long word a line of its own', () => {
    expect(wrapText('a verylongword b', 50, 10, false, measure)).toEqual(['a', 'verylongword', 'b']);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).not.toMatch(/[<>"'&](?!#)/);
  });
});
