import { Table, TableBody, TableHead, TableHeaderCell } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { TableScroll } from '../ui/table-scroll';

/**
 * A captioned data table of a chart or a view: the caption names both the table and the region it
 * scrolls in on narrow screens, one header row of column headers, then the rows given as children.
 */
export function DataTable({
  caption,
  columns,
  size,
  children,
}: {
  caption: string;
  columns: readonly string[];
  size?: 'sm';
  children: ReactNode;
}) {
  return (
    <TableScroll label={caption}>
      <Table zebra className="data-table" data-size={size}>
        <caption>{caption}</caption>
        <TableHead>
          <tr>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </tr>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableScroll>
  );
}
