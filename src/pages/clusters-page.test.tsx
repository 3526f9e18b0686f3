import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import { renderWithProviders } from '../../tests/render';
import { useFilterStore } from '../state/filters/filter-store';
import { ClusterPage } from './cluster-page';
import { ClustersPage } from './clusters-page';

const dataset = loadBundledDataset();

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent);

describe('ClustersPage', () => {
  it('lists the three GCE clusters for level gce, with the rule said in words', () => {
    renderWithProviders(<ClustersPage />, { dataset, filters: { levels: ['gce'] } });
    expect(rowNames()).toEqual(['GCE Blue Maritime Cluster', 'GCE NODE', 'GCE Ocean Technology']);
    expect(screen.getByRole('status')).toHaveTextContent('Viser 3 av 78 klynger.');
    expect(screen.getByText(/har hatt nivået på et eller annet tidspunkt/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'GCE (3)' })).toBeChecked();
  });

  it('sorts through the store and offers a reset when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClustersPage />, { dataset, filters: { q: 'finnes ikke' } });
    expect(screen.getByRole('heading', { name: 'Ingen klynger passer filteret' })).toBeInTheDocument();
    // The filter bar's reset and the empty state's both clear the search; the empty state's comes last.
    const reset = screen.getAllByRole('button', { name: 'Nullstill filter' }).at(-1);
    if (!reset) throw new Error('no reset button');
    await user.click(reset);
    expect(rowNames()).toHaveLength(78);
    await user.click(screen.getByText('Første år'));
    expect(useFilterStore.getState().sort).toBe('first-year');
  });

  it('finds "medie" with the ranking\'s index, and offers "Mente du …?" names when a search finds nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClustersPage />, { dataset, filters: { q: 'medie' } });
    expect(rowNames()).toEqual(['NCE Media', 'Next Media']);
    act(() => useFilterStore.getState().setQuery('medai'));
    await screen.findByRole('heading', { name: 'Mente du …?' });
    await user.click(screen.getByRole('button', { name: 'NCE Media' }));
    expect(useFilterStore.getState().q).toBe('NCE Media');
    expect(rowNames()).toEqual(['NCE Media']);
  });
});

describe('ClusterPage for a cluster Menon did not evaluate', () => {
  it('shows the open GCE end as not published, never as a date', () => {
    renderWithProviders(
      <Routes>
        <Route path="/clusters/:slug" element={<ClusterPage />} />
      </Routes>,
      { dataset, path: '/clusters/gce-node' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'GCE NODE' })).toBeInTheDocument();
    expect(screen.getByText(/Arena 2006–2009 → NCE 2009–2014 → GCE 2014–$/)).toBeInTheDocument();
    expect(screen.getAllByText(/slutt ikke publisert/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: 'Medlemmer' })).toBeInTheDocument();
  });
});
