/// <reference types="node" />
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LevelDetail } from './level-detail';
import { LevelsOverview } from './levels-overview';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { useFilterStore } from '../../state/filters/filter-store';
import { fixChartSize } from '../../../tests/chart-size';

const dataset = loadBundledDataset();

fixChartSize();

describe('LevelsOverview', () => {
  it('shows the four levels, with Arena Pro’s count as not published and why no evaluated cluster held it', () => {
    renderWithProviders(<LevelsOverview dataset={dataset} />, { dataset });
    const cards = within(screen.getByRole('region', { name: 'De fire nivåene' })).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    const arenaPro = cards.find((card) => card.getAttribute('data-level') === 'arena-pro');
    expect(arenaPro).toHaveTextContent('ikke publisert');
    expect(arenaPro).toHaveTextContent('gikk ut av programmet i 2020–2023');
    const nce = cards.find((card) => card.getAttribute('data-level') === 'nce');
    expect(nce).toHaveTextContent('12 klynger');
    expect(nce).toHaveTextContent('8 av 19');
  });

  it('draws a linked dot for each of the 19 clusters and labels the medians as derived', async () => {
    const { container } = renderWithProviders(<LevelsOverview dataset={dataset} />, { dataset });
    // The chart's code loads lazily (DeferredChart).
    await waitFor(() => expect(container.querySelectorAll('.recharts-surface a')).toHaveLength(19));
    expect(container.querySelector('.recharts-surface a[href="/clusters/arena-oslo"]')).toHaveAttribute(
      'aria-label',
      'Arena Oslo: plass 19, Arena',
    );
    expect(container.querySelector('.recharts-surface')).toHaveTextContent('median 5 (avledet)');
  });

  it('says that only NCE has published shares, and Arena none', () => {
    renderWithProviders(<LevelsOverview dataset={dataset} />, { dataset });
    const shares = screen.getByRole('region', { name: 'Publiserte andeler etter nivå' });
    expect(shares).toHaveTextContent('4 av 8 andeler er publisert');
    expect(shares).toHaveTextContent('Ingen av de 11 andelene er publisert');
    expect(
      within(shares)
        .getAllByRole('listitem')
        .map((li) => li.textContent.replace(/\s/g, ' ')),
    ).toEqual([
      'NCE Norway Health Tech: 68 % (kilde: Shifter)',
      'NCE Media: 59 % (kilde: Shifter)',
      'Energy Valley: 54 % (kilde: Shifter)',
      'NCE Tourism: 45 % (kilde: Shifter)',
    ]);
  });

  it('narrows to the store’s levels and lets the reader show all again', async () => {
    const { container } = renderWithProviders(<LevelsOverview dataset={dataset} />, {
      dataset,
      filters: { levels: ['arena'] },
    });
    expect(within(screen.getByRole('region', { name: 'De fire nivåene' })).getAllByRole('listitem')).toHaveLength(1);
    await waitFor(() => expect(container.querySelectorAll('.recharts-surface a')).toHaveLength(11));
    // The NCE–Arena comparison is about the evaluation as a whole and stays.
    expect(screen.getByRole('region', { name: 'NCE og Arena sammenlignet' })).toHaveTextContent('5, mot 14');
    await userEvent.click(screen.getByRole('button', { name: 'Vis alle nivåene' }));
    expect(useFilterStore.getState().levels).toEqual([]);
    expect(within(screen.getByRole('region', { name: 'De fire nivåene' })).getAllByRole('listitem')).toHaveLength(4);
  });
});

describe('LevelDetail', () => {
  it('lists a level’s evaluated clusters in a table linking each', () => {
    renderWithProviders(<LevelDetail dataset={dataset} levelId="nce" />, { dataset });
    const table = screen.getByRole('table', { name: 'Evaluerte NCE-klynger, etter plass på listen' });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(within(table).getByRole('link', { name: 'NCE iKuben' })).toHaveAttribute('href', '/clusters/nce-ikuben');
  });

  it('says that no evaluated cluster held GCE, and names the three GCE clusters (derived)', () => {
    renderWithProviders(<LevelDetail dataset={dataset} levelId="gce" />, { dataset });
    const evaluated = screen.getByRole('region', { name: 'De evaluerte klyngene på nivået' });
    expect(evaluated).toHaveTextContent('Ingen av de evaluerte klyngene hadde dette nivået.');
    expect(within(evaluated).queryByRole('table')).toBeNull();
    const holders = screen.getByRole('table', { name: 'Klynger på GCE og periodene deres (avledet)' });
    const names = within(holders)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    expect(names.sort()).toEqual(['GCE Blue Maritime Cluster', 'GCE NODE', 'GCE Ocean Technology']);
  });
});
