import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import { renderWithProviders } from '../../tests/render';
import { useFilterStore } from '../state/filters/filter-store';
import { RankingPage } from './ranking-page';

const dataset = loadBundledDataset();

function tableRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('RankingPage', () => {
  it('shows all 19 clusters, the summary sentence and the level chips with counts', () => {
    renderWithProviders(<RankingPage />, { dataset });
    expect(tableRows()).toHaveLength(19);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Viser alle 19 klyngene. 4 har publisert andel; høyest er NCE Norway Health Tech med 68 %.',
    );
    expect(screen.getByRole('checkbox', { name: 'NCE (8)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Arena (11)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'GCE (0)' })).toBeInTheDocument();
  });

  it('narrows to a level when its chip is chosen, into the store (and so the URL)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RankingPage />, { dataset });
    await user.click(screen.getByRole('checkbox', { name: 'Arena (11)' }));
    expect(useFilterStore.getState().levels).toEqual(['arena']);
    expect(tableRows()).toHaveLength(11);
    expect(screen.getByRole('status')).toHaveTextContent('Viser 11 av 19 klynger. Ingen av dem har publisert andel.');
    expect(screen.getByRole('status')).toHaveTextContent('på eller under 45 % (avledet)');
  });

  it('shows unpublished shares as not published with the derived bound, never as 0', () => {
    renderWithProviders(<RankingPage />, { dataset });
    const fifth = tableRows()[4];
    expect(fifth).toBeDefined();
    if (!fifth) return;
    expect(fifth).toHaveTextContent('The Life Science Cluster');
    expect(fifth).toHaveTextContent('ikke publisert (≤ 45 %, avledet)');
    expect(fifth).not.toHaveTextContent(/\b0 %/);
  });

  it('says so when nothing matches, and the reset brings all back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RankingPage />, { dataset, filters: { q: 'zzz' } });
    expect(screen.getByRole('heading', { name: 'Ingen klynger passer filteret' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Nullstill filter' })[0] as HTMLElement);
    expect(tableRows()).toHaveLength(19);
  });

  it('finds clusters by the names, places and sectors people type', () => {
    renderWithProviders(<RankingPage />, { dataset, filters: { q: 'Medieklyngen' } });
    expect(tableRows()).toHaveLength(1);
    expect(tableRows()[0]).toHaveTextContent('NCE Media');
  });

  it('offers "did you mean" when the search finds nothing, and searching for one shows it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RankingPage />, { dataset, filters: { q: 'medai', levels: ['arena'], lang: 'en' } });
    expect(screen.getByRole('heading', { name: 'Did you mean …?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'NCE Media' }));
    expect(useFilterStore.getState()).toMatchObject({ q: 'NCE Media', levels: [] });
    expect(tableRows()).toHaveLength(1);
    expect(tableRows()[0]).toHaveTextContent('NCE Media');
  });

  it('sorts the table by name from its header', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RankingPage />, { dataset, filters: { lang: 'en' } });
    await user.click(screen.getByRole('button', { name: 'Cluster' }));
    expect(useFilterStore.getState().sort).toBe('name');
    expect(tableRows()[0]).toHaveTextContent('Arena Oslo');
    expect(screen.getByRole('columnheader', { name: 'Cluster' })).toHaveAttribute('aria-sort', 'ascending');
  });
});
