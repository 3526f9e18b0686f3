import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { ChartFigure } from './chart-figure';

const dataset = loadBundledDataset();

function BrokenChart(): never {
  throw new Error('cannot draw');
}

/** A table with state of its own, to show it keeps working after the chart fails. */
function CountingTable() {
  const [rows, setRows] = useState(1);
  return (
    <>
      <table>
        <caption>Tallene</caption>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <td>rad {i + 1}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setRows((n) => n + 1)}>
        Flere rader
      </button>
    </>
  );
}

describe('ChartFigure', () => {
  it('shows a message in place of a chart that throws, while its table keeps working', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(
      <ChartFigure
        chartId="test"
        title="Andel som svarer ja"
        summary="Ett diagram som feiler."
        source="Testkilde"
        chart={<BrokenChart />}
        table={<CountingTable />}
      />,
      { dataset },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Diagrammet kunne ikke tegnes. Tallene står i tabellen under.');
    expect(screen.getByRole('figure', { name: 'Andel som svarer ja' })).toBeInTheDocument();
    expect(screen.getByText('Kilde: Testkilde')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Flere rader' }));
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(logged).toHaveBeenCalledWith('Chart failed to render', expect.any(Error), expect.any(String));
  });

  it('gives a citation of the chart to copy: title, site, its sources, the date of the data and the link', async () => {
    renderWithProviders(
      <ChartFigure
        chartId="ranking"
        title="Rangeringen"
        summary="Et diagram."
        source="Testkilde"
        chart={<p>diagram</p>}
        table={<p>tabell</p>}
        csvRows={[
          ['Klynge', 'Kilde', 'Kilde-URL'],
          ['NCE Media', { sources: ['shifter-2024'], show: 'name' }, { sources: ['shifter-2024'], show: 'url' }],
        ]}
      />,
      { dataset, path: '/', filters: { levels: ['nce'], q: 'media' } },
    );
    const cite = screen.getByRole('button', { name: 'Siter' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    const panel = await screen.findByRole('group', { name: 'Sitering av Rangeringen' });
    expect(panel).toHaveTextContent(/^«Rangeringen». Klyngeinnsikt. Kilder: Shifter: «Internasjonalisering/);
    expect(panel).toHaveTextContent('Dataenes dato: 2024-04 (nyeste kildedato, avledet).');
    expect(panel).toHaveTextContent('/?level=nce&q=media (lest ');
    expect(screen.getByRole('button', { name: 'Kopier sitering' })).toBeInTheDocument();
  });

  it('gives the code to embed the chart with its filter and language, and folds the table away on the embed page', async () => {
    const figure = (variant: 'page' | 'embed') => (
      <ChartFigure
        chartId="ranking"
        title="Rangeringen"
        summary="Et diagram."
        source="Testkilde"
        chart={<p>diagram</p>}
        table={<p>tabell</p>}
        variant={variant}
      />
    );
    const { unmount } = renderWithProviders(figure('page'), {
      dataset,
      path: '/',
      filters: { levels: ['gce'], lang: 'en' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const code = await screen.findByRole('textbox', { name: 'Embed code (iframe)' });
    expect(code instanceof HTMLTextAreaElement ? code.value : '').toMatch(
      /^<iframe src="http:\/\/localhost(:\d+)?\/embed\/ranking\?level=gce&amp;lang=en" title="Rangeringen – Klyngeinnsikt" /,
    );
    expect(screen.getByRole('link', { name: 'The whole dataset' })).toHaveAttribute(
      'href',
      '/sources?level=gce&lang=en#dataset-download',
    );
    unmount();

    renderWithProviders(figure('embed'), { dataset, path: '/embed/ranking' });
    expect(screen.queryByRole('group', { name: /^Vis og del/ })).not.toBeInTheDocument();
    expect(screen.getByText('Tallene i diagrammet')).toBeInTheDocument();
    expect(screen.getByText('Kilde: Testkilde')).toBeInTheDocument();
  });
  it('on its page lets a long figure skip rendering its chart and table off screen, each guessed at its rows', () => {
    const figure = (variant: 'page' | 'slide') => (
      <ChartFigure
        chartId={`long-${variant}`}
        title={`Lang figur (${variant})`}
        summary="Mange rader."
        source="Testkilde"
        chart={<p>Diagrammet</p>}
        table={<CountingTable />}
        variant={variant}
        skipOffscreen={{ chartRows: 99, tableRows: 98 }}
      />
    );
    renderWithProviders(
      <>
        {figure('page')}
        {figure('slide')}
      </>,
      { dataset },
    );
    const chartOf = (name: string) => screen.getByRole('figure', { name }).querySelector('.chart-figure__chart');
    const tableOf = (name: string) => screen.getByRole('figure', { name }).querySelector('.chart-figure__table');
    expect(chartOf('Lang figur (page)')).toHaveAttribute('data-skip-offscreen');
    expect(chartOf('Lang figur (page)')).toHaveStyle({ '--part-rows': '99' });
    expect(tableOf('Lang figur (page)')).toHaveStyle({ '--part-rows': '98' });
    // A slide is the whole view: nothing on it is off screen to skip.
    expect(chartOf('Lang figur (slide)')).not.toHaveAttribute('data-skip-offscreen');
    expect(tableOf('Lang figur (slide)')).not.toHaveAttribute('data-skip-offscreen');
  });
});
