import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChartFigure } from './chart-figure';

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
    render(
      <ChartFigure
        chartId="test"
        title="Andel som svarer ja"
        summary="Ett diagram som feiler."
        source="Testkilde"
        chart={<BrokenChart />}
        table={<CountingTable />}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Diagrammet kunne ikke tegnes. Tallene står i tabellen under.');
    expect(screen.getByRole('figure', { name: 'Andel som svarer ja' })).toBeInTheDocument();
    expect(screen.getByText('Kilde: Testkilde')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Flere rader' }));
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(logged).toHaveBeenCalledWith('Chart failed to render', expect.any(Error), expect.any(String));
  });
});
