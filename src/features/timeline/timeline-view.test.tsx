/// <reference types="node" />
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimelineView } from './timeline-view';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';

const dataset = loadBundledDataset();

const periodRows = (container: HTMLElement) =>
  container.querySelectorAll('[data-chart-id="timeline-periods"] .tl-rows > li');

describe('TimelineView', () => {
  it('draws all 19 periods, each one link to its cluster with its details as a tooltip', () => {
    const { container } = renderWithProviders(<TimelineView dataset={dataset} />, { dataset });
    expect(periodRows(container)).toHaveLength(19);
    const tourism = container.querySelector(
      '[data-chart-id="timeline-periods"] .tl-rows a[href="/clusters/nce-tourism"]',
    );
    expect(tourism).toHaveAttribute(
      'data-tooltip',
      'NCE Tourism (NCE): fikk nivået 11. juni 2009; gikk ut 2019 (kontrakten gikk ut høsten 2019). Åpne klyngesiden.',
    );
    // 18 clusters end in the unpublished 2020–2023, NCE Tourism within 2019: all 19 ends are uncertain.
    expect(container.querySelectorAll('[data-chart-id="timeline-periods"] .tl-rows .tl-seg--exit-range')).toHaveLength(
      19,
    );
    // The summary says the unpublished exit span as the data give it.
    expect(container.querySelector('[data-chart-id="timeline-periods"]')).toHaveTextContent(
      'bare at det var i 2020–2023, så slutten er tegnet som et usikkert spenn',
    );
  });

  it('narrows the periods to the store’s levels, keeps the milestones and says so', () => {
    const { container } = renderWithProviders(<TimelineView dataset={dataset} />, {
      dataset,
      filters: { levels: ['nce'] },
    });
    expect(periodRows(container)).toHaveLength(8);
    expect(container.querySelectorAll('[data-chart-id="timeline-milestones"] .tl-rows > li')).toHaveLength(
      dataset.events.length,
    );
    expect(screen.getByRole('status')).toHaveTextContent('viser 8 av 19 klynger (NCE)');
  });

  it('gives every milestone a row in the table with its precision and sources', () => {
    renderWithProviders(<TimelineView dataset={dataset} />, { dataset });
    const table = screen.getByRole('table', { name: 'Milepæler i klyngeprogrammet' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(dataset.events.length);
    expect(rows[2]).toHaveTextContent('11. juni 2009');
    expect(rows[2]).toHaveTextContent('dag');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Shifter' })).toBeInTheDocument();
  });

  it('draws every sourced cluster’s periods grouped by level under headings, and the table lists them all', () => {
    const { container } = renderWithProviders(<TimelineView dataset={dataset} />, { dataset });
    const figure = container.querySelector('[data-chart-id="timeline-all-periods"]');
    const headings = [...(figure?.querySelectorAll('.tl-group__heading') ?? [])].map((h) => h.textContent);
    expect(headings).toEqual(['Arena (62)', 'Arena Pro (11)', 'NCE (23)', 'GCE (3)']);
    const rows = figure?.querySelectorAll('.tl-rows > li') ?? [];
    expect(rows.length).toBe(99);
    expect(figure?.querySelectorAll('tbody tr')).toHaveLength(rows.length);
  });
});
