/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../data/data-error';
import { parseDataset, type Dataset, type RawDataFiles } from '../../data/validate';
import { resetFilterStore } from '../../state/filters/filter-store';
import { TimelineView } from './timeline-view';

function bundledDataset(): Dataset {
  const files = {} as RawDataFiles;
  for (const name of DATA_FILES) {
    files[name] = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', `${name}.json`), 'utf8')) as unknown;
  }
  return parseDataset(files);
}
const dataset = bundledDataset();

const periodRows = (container: HTMLElement) =>
  container.querySelectorAll('[data-chart-id="timeline-periods"] .tl-rows > li');

describe('TimelineView', () => {
  it('draws all 19 periods, each one link to its cluster with its details as a tooltip', () => {
    const { container } = render(
      <MemoryRouter>
        <TimelineView dataset={dataset} />
      </MemoryRouter>,
    );
    expect(periodRows(container)).toHaveLength(19);
    const tourism = container.querySelector('.tl-rows a[href="/clusters/nce-tourism"]');
    expect(tourism).toHaveAttribute(
      'data-tooltip',
      'NCE Tourism (NCE): fikk nivået 11. juni 2009; gikk ut 2019 (kontrakten gikk ut høsten 2019). Åpne klyngesiden.',
    );
    // 18 clusters end in the unpublished 2020–2023, NCE Tourism within 2019: all 19 ends are uncertain.
    expect(container.querySelectorAll('.tl-rows .tl-seg--exit-range')).toHaveLength(19);
  });

  it('narrows the periods to the store’s levels, keeps the milestones and says so', () => {
    resetFilterStore({ levels: ['nce'] });
    const { container } = render(
      <MemoryRouter>
        <TimelineView dataset={dataset} />
      </MemoryRouter>,
    );
    expect(periodRows(container)).toHaveLength(8);
    expect(container.querySelectorAll('[data-chart-id="timeline-milestones"] .tl-rows > li')).toHaveLength(23);
    expect(screen.getByRole('status')).toHaveTextContent('viser 8 av 19 klynger (NCE)');
  });

  it('gives every milestone a row in the table with its precision and sources', () => {
    render(
      <MemoryRouter>
        <TimelineView dataset={dataset} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Milepæler i klyngeprogrammet' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(23);
    expect(rows[2]).toHaveTextContent('11. juni 2009');
    expect(rows[2]).toHaveTextContent('dag');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Shifter' })).toBeInTheDocument();
  });
});
