import { describe, expect, it } from 'vitest';
import { composeFigureSvg, escapeXml, fitToSize, wrapText, type FigureParts } from './compose-svg';

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
  address: 'https://klyngeinnsikt.example/?level=nce',
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

describe('the picture carries its address, its font and its size', () => {
  it('writes the page address under the source line', () => {
    expect(composeFigureSvg(parts).svg).toContain('>https://klyngeinnsikt.example/?level=nce</text>');
  });

  it('writes the citation line under the address, wrapped to the picture', () => {
    const citation =
      '«Andel medlemmer». Klyngeinnsikt. Dataenes dato: 2024-02-20 (nyeste kildedato, avledet). ' +
      'https://klyngeinnsikt.example/?level=nce (lest 2026-11-30). Lisens: CC BY 4.0.';
    const { svg } = composeFigureSvg({ ...parts, citation });
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    const address = texts.indexOf('https://klyngeinnsikt.example/?level=nce');
    expect(address).toBeGreaterThan(-1);
    const after = texts.slice(address + 1).join(' ');
    expect(after).toContain('«Andel medlemmer». Klyngeinnsikt.');
    expect(after).toContain('Lisens: CC BY 4.0.');
    expect(composeFigureSvg(parts).svg).not.toContain('Lisens');
  });

  it('embeds the font it was laid out with as @font-face', () => {
    const { svg } = composeFigureSvg(parts, undefined, {
      family: 'Inter Variable',
      dataUrl: 'data:font/woff2;base64,AAAA',
    });
    expect(svg).toContain('@font-face{font-family:"Inter Variable";src:url(data:font/woff2;base64,AAAA)');
  });

  it('scales to a document width or into a slide, centred on the background', () => {
    const composed = composeFigureSvg(parts);
    const document = fitToSize(composed, 'document', 'rgb(255, 255, 255)');
    expect(document.width).toBe(1200);
    expect(document.height).toBe(Math.round((composed.height * 1200) / composed.width));
    const slide = fitToSize(composed, 'slide', 'rgb(255, 255, 255)');
    expect([slide.width, slide.height]).toEqual([1920, 1080]);
    expect(slide.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
    expect(slide.svg).toContain('<title>Ga klyngemedlemskapet internasjonale relasjoner?</title>');
  });
});
