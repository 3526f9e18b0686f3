/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../data/data-error';
import { parseDataset, type Dataset, type RawDataFiles } from '../../data/validate';
import { resetFilterStore, useFilterStore } from '../../state/filters/filter-store';
import { LevelDetail } from './level-detail';
import { LevelsOverview } from './levels-overview';

function bundledDataset(): Dataset {
  const files = {} as RawDataFiles;
  for (const name of DATA_FILES) {
    files[name] = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', `${name}.json`), 'utf8')) as unknown;
  }
  return parseDataset(files);
}
const dataset = bundledDataset();

const renderInRouter = (ui: React.ReactElement) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('LevelsOverview', () => {
  it('shows the four levels, with Arena Pro’s count as not published and why no evaluated cluster held it', () => {
    renderInRouter(<LevelsOverview dataset={dataset} fixedWidth={800} />);
    const cards = within(screen.getByRole('region', { name: 'De fire nivåene' })).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    const arenaPro = cards.find((card) => card.getAttribute('data-level') === 'arena-pro');
    expect(arenaPro).toHaveTextContent('ikke publisert');
    expect(arenaPro).toHaveTextContent('gikk ut av programmet i 2020–2023');
    const nce = cards.find((card) => card.getAttribute('data-level') === 'nce');
    expect(nce).toHaveTextContent('12 klynger');
    expect(nce).toHaveTextContent('8 av 19');
  });

  it('draws a linked dot for each of the 19 clusters and labels the medians as derived', () => {
    const { container } = renderInRouter(<LevelsOverview dataset={dataset} fixedWidth={800} />);
    const dots = container.querySelectorAll('.recharts-surface a');
    expect(dots).toHaveLength(19);
    expect(container.querySelector('.recharts-surface a[href="/clusters/arena-oslo"]')).toHaveAttribute(
      'aria-label',
      'Arena Oslo: plass 19, Arena',
    );
    expect(container.querySelector('.recharts-surface')).toHaveTextContent('median 5 (avledet)');
  });

  it('says that only NCE has published shares, and Arena none', () => {
    renderInRouter(<LevelsOverview dataset={dataset} fixedWidth={800} />);
    const shares = screen.getByRole('region', { name: 'Publiserte andeler etter nivå' });
    expect(shares).toHaveTextContent('4 av 8 andeler er publisert');
    expect(shares).toHaveTextContent('Ingen av de 11 andelene er publisert');
    expect(
      within(shares)
        .getAllByRole('listitem')
        .map((li) => li.textContent.replace(/\s/g, ' ')),
    ).toEqual([
      'NCE Norway Health Tech: 68 % (Shifter)',
      'NCE Media: 59 % (Shifter)',
      'Energy Valley: 54 % (Shifter)',
      'NCE Tourism: 45 % (Shifter)',
    ]);
  });

  it('narrows to the store’s levels and lets the reader show all again', async () => {
    resetFilterStore({ levels: ['arena'] });
    const { container } = renderInRouter(<LevelsOverview dataset={dataset} fixedWidth={800} />);
    expect(within(screen.getByRole('region', { name: 'De fire nivåene' })).getAllByRole('listitem')).toHaveLength(1);
    expect(container.querySelectorAll('.recharts-surface a')).toHaveLength(11);
    // The NCE–Arena comparison is about the evaluation as a whole and stays.
    expect(screen.getByRole('region', { name: 'NCE og Arena sammenlignet' })).toHaveTextContent('5, mot 14');
    await userEvent.click(screen.getByRole('button', { name: 'Vis alle nivåene' }));
    expect(useFilterStore.getState().levels).toEqual([]);
    expect(within(screen.getByRole('region', { name: 'De fire nivåene' })).getAllByRole('listitem')).toHaveLength(4);
  });
});

describe('LevelDetail', () => {
  it('lists a level’s evaluated clusters in a table linking each', () => {
    renderInRouter(<LevelDetail dataset={dataset} levelId="nce" />);
    const table = screen.getByRole('table', { name: 'Evaluerte NCE-klynger, etter plass på listen' });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(within(table).getByRole('link', { name: 'NCE iKuben' })).toHaveAttribute('href', '/clusters/nce-ikuben');
  });

  it('says that no evaluated cluster held GCE, and shows no table', () => {
    renderInRouter(<LevelDetail dataset={dataset} levelId="gce" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('region', { name: 'De evaluerte klyngene på nivået' })).toHaveTextContent(
      'Ingen av de evaluerte klyngene hadde dette nivået.',
    );
  });
});
