import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';

/** Props a row must spread onto its <tr> so the virtualiser can place and measure it. */
export interface VirtualRowProps {
  ref?: Ref<HTMLTableRowElement>;
  'data-index'?: number;
  /** 1-based position among all rows (+1 for the header row), so assistive tech knows where it is. */
  'aria-rowindex'?: number;
}

interface VirtualRowsProps<T> {
  rows: readonly T[];
  /** One <tr> per item, with `rowProps` spread onto it and a stable `key`. */
  renderRow: (row: T, index: number, rowProps: VirtualRowProps) => ReactNode;
  /** Columns of the table, for the spacer rows. */
  columns: number;
  /** Up to this many rows render in full (and prerender as plain HTML); above it the rows virtualise. */
  threshold?: number;
  /** Expected row height in px before a row is measured. */
  estimateRowHeight?: number;
  /** Rows rendered beyond the visible ones on each side. */
  overscan?: number;
}

/** Rows rendered in full up to this count: every real dataset (19 clusters) stays plain, prerenderable HTML. */
export const VIRTUALISE_ABOVE = 200;

/**
 * The rows of a table body (children of Designsystemet's TableBody). Small tables render every row;
 * above `threshold` rows only those near the viewport are in the DOM, between two spacer rows that
 * keep the table's height, so a table of 10,000 clusters stays fast. The table scrolls with the page
 * (window virtualiser); `aria-rowindex` on each row and `aria-rowcount` (set by the caller on the
 * table: `rows.length + 1`) keep the row positions known to assistive technology.
 */
export function VirtualRows<T>({ rows, threshold = VIRTUALISE_ABOVE, ...rest }: VirtualRowsProps<T>) {
  if (rows.length <= threshold) return <>{rows.map((row, index) => rest.renderRow(row, index, {}))}</>;
  return <WindowedRows rows={rows} {...rest} />;
}

function WindowedRows<T>({
  rows,
  renderRow,
  columns,
  estimateRowHeight = 44,
  overscan = 8,
}: Omit<VirtualRowsProps<T>, 'threshold'>) {
  const topSpacer = useRef<HTMLTableRowElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    // Where the rows start on the page: the virtualiser measures scrolling from there.
    const top = topSpacer.current?.getBoundingClientRect().top ?? 0;
    setScrollMargin(top + window.scrollY);
  }, []);

  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => estimateRowHeight,
    // A row not laid out (height 0: hidden, or jsdom) keeps the estimate rather than collapsing.
    measureElement: (element) => element.getBoundingClientRect().height || estimateRowHeight,
    overscan,
    scrollMargin,
    // Before the window is measured (first render, prerender): render the first screenful.
    initialRect: { width: 0, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? scrollMargin) - scrollMargin);

  return (
    <>
      <SpacerRow ref={topSpacer} height={before} columns={columns} />
      {items.map((item) => {
        const row = rows[item.index];
        if (row === undefined) return null;
        return renderRow(row, item.index, {
          ref: virtualizer.measureElement,
          'data-index': item.index,
          'aria-rowindex': item.index + 2,
        });
      })}
      <SpacerRow height={after} columns={columns} />
    </>
  );
}

function SpacerRow({ ref, height, columns }: { ref?: Ref<HTMLTableRowElement>; height: number; columns: number }) {
  return (
    <tr ref={ref} aria-hidden="true" className="virtual-rows__spacer">
      <td colSpan={columns} style={{ height: Math.max(0, height), padding: 0, border: 0 }} />
    </tr>
  );
}
