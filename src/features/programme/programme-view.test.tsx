import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { ProgrammeView } from './programme-view';

const dataset = loadBundledDataset();

describe('ProgrammeView', () => {
  it('shows five figures, each with a table; a year without a figure reads «ikke publisert»', () => {
    const { container } = renderWithProviders(<ProgrammeView dataset={dataset} />, { dataset });
    expect(
      [...container.querySelectorAll('figure[data-chart-id]')].map((f) => f.getAttribute('data-chart-id')),
    ).toEqual([
      'programme-clusters',
      'programme-intakes',
      'programme-budget',
      'programme-member-firms',
      'programme-effects',
    ]);
    const table = screen.getByRole('table', { name: 'Klynger i programmet per år: tallene og kildene' });
    const row2008 = within(table)
      .getAllByRole('row')
      .find((row) => row.querySelector('td')?.textContent === '2008');
    expect(row2008).toHaveTextContent('ikke publisert');
  });

  it('keeps the approximate budget of 2015 with its qualifier beside the exact one', () => {
    renderWithProviders(<ProgrammeView dataset={dataset} />, { dataset });
    const table = screen.getByRole('table', { name: /Penger til programmet per år/ });
    const values = within(table)
      .getAllByRole('row')
      .filter((row) => row.querySelector('td')?.textContent === '2015')
      .map((row) => row.querySelectorAll('td')[2]?.textContent);
    expect(values).toEqual(['137', 'om lag 150']);
  });
});
