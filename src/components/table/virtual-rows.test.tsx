import { Table, TableBody } from '@digdir/designsystemet-react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualRows } from './virtual-rows';

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index + 1 }));

function NumbersTable({ count }: { count: number }) {
  return (
    <Table aria-rowcount={count + 1}>
      <TableBody>
        <VirtualRows
          rows={items(count)}
          columns={1}
          renderRow={(item, _index, rowProps) => (
            <tr key={item.id} {...rowProps}>
              <td>{`Syntetisk klynge ${item.id}`}</td>
            </tr>
          )}
        />
      </TableBody>
    </Table>
  );
}

const dataRows = () => within(screen.getByRole('table')).getAllByRole('row');

describe('VirtualRows', () => {
  it('renders every row of a small table, without spacers', () => {
    const { container } = render(<NumbersTable count={19} />);
    expect(dataRows()).toHaveLength(19);
    expect(container.querySelectorAll('tr[aria-hidden="true"]')).toHaveLength(0);
    expect(screen.getByText('Syntetisk klynge 19')).toBeInTheDocument();
  });

  it('renders only the rows near the viewport of a table of 10,000, in order, with their positions', () => {
    const { container } = render(<NumbersTable count={10_000} />);
    const rows = dataRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveTextContent('Syntetisk klynge 1');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.queryByText('Syntetisk klynge 10000')).not.toBeInTheDocument();
    // The spacer below stands in for the rows not rendered, so the page keeps its full height.
    const spacers = container.querySelectorAll<HTMLTableCellElement>('tr[aria-hidden="true"] td');
    expect(spacers).toHaveLength(2);
    expect(Number.parseFloat(spacers[1]?.style.height ?? '0')).toBeGreaterThan(44 * 9_000);
  });
});
