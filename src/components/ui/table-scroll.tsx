import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls in, so the page itself never scrolls sideways (WCAG 1.4.10 reflow).
 * Any table can overflow (a phone, 400 % zoom, a presentation slide that caps its height), so the box
 * is always a named region and a tab stop: keyboard users can reach it and scroll it with the arrow
 * keys (WCAG 2.1.1; axe `scrollable-region-focusable`). Named by `label`, the table's caption.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container is operable (arrow keys)
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
