import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';

describe('DataTable', () => {
  it('names the table and its scroll region by the caption, with one column header per column', () => {
    render(
      <DataTable caption="Milepæler" columns={['Nr.', 'Dato']} size="sm">
        <tr>
          <td>1</td>
          <td>2002</td>
        </tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Milepæler' });
    expect(screen.getByRole('region', { name: 'Milepæler' })).toContainElement(table);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Nr.', 'Dato']);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveAttribute('data-size', 'sm');
  });
});
