import { describe, expect, it } from 'vitest';
import { clusterMessages } from './cluster-messages';

const { nb, en } = clusterMessages;

describe('cluster messages take counts and follow plural rules', () => {
  it('says how many the chart shows at 0, 1, 2 and 19, never "de 1 klyngene"', () => {
    expect([0, 1, 2, 19].map((n) => nb.chartSummaryFiltered(n))).toEqual([
      'Diagrammet viser de 0 klyngene i det gjeldende utvalget.',
      'Diagrammet viser den ene klyngen i det gjeldende utvalget.',
      'Diagrammet viser de 2 klyngene i det gjeldende utvalget.',
      'Diagrammet viser de 19 klyngene i det gjeldende utvalget.',
    ]);
    expect(en.chartSummaryFiltered(1)).toBe('The chart shows the one cluster in the current selection.');
  });

  it('names the one published share without calling it the highest', () => {
    expect(nb.summaryPublished(0, null, null)).toBe('Ingen av dem har publisert andel.');
    expect(nb.summaryPublished(1, 'NCE Media', '59 %')).toBe('Én har publisert andel: NCE Media med 59 %.');
    expect(nb.summaryPublished(2, 'NCE Media', '59 %')).toBe('2 har publisert andel; høyest er NCE Media med 59 %.');
    expect(en.summaryPublished(1, 'NCE Media', '59%')).toBe('One has a published share: NCE Media at 59%.');
    expect(en.summaryPublished(19, 'A', '68%')).toBe('19 have a published share; the highest is A at 68%.');
  });

  it('writes the evaluated count from the data into the reference line (10,000 in the bench)', () => {
    expect(nb.overallLine('37 %', 19)).toBe('Alle 19 samlet: 37 %');
    expect(en.overallLine('37%', 10_000)).toBe('All 10,000 together: 37%');
    expect(en.overallLine('37%', 1)).toBe('The one cluster: 37%');
    expect(nb.notFoundBody('x', 2)).toBe('Ingen av de 2 evaluerte klyngene har adressen «x».');
  });

  it('summarises the shares with 0, 1 and several published', () => {
    const parts = { total: 19, overall: '37 %', respondents: '701' };
    expect(nb.chartSummary({ ...parts, published: 0, high: null, low: null })).toBe(
      'Ingen av de 19 klyngene har publisert andel. For alle samlet er andelen 37 % (701 svar). For de 19 andre er andelen ikke publisert.',
    );
    expect(nb.chartSummary({ ...parts, published: 1, high: '68 %', low: '68 %' })).toMatch(
      /^Én av de 19 klyngene har publisert andel: 68 %\./,
    );
    expect(en.chartSummary({ ...parts, total: 2, published: 2, high: '68%', low: '59%' })).toBe(
      '2 of the 2 clusters have a published share, from 68% to 59%. For all of them together the share is 37 % (701 responses).',
    );
  });
});
