import '../export/export.css';
import { Button } from '@digdir/designsystemet-react';
import { useId, useState, type MouseEvent } from 'react';
import type { ExportSize } from '../export/compose-svg';
import { describeSources, newestSourceDate } from '../../data/source-facts';
import { useLoadedDataset } from '../../data/use-dataset';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';
import { CitationPanel } from '../export/citation-panel';
import { citationText } from '../export/citation';
import { sourceIdsOf, toCsv, type CsvRows } from '../export/csv';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/file-name';
import { exportMessages } from '../export/export-messages';
import { useCurrentLink } from '../ui/current-link';
import { useChartPresentation } from './chart-presentation';

const figureOf = (event: MouseEvent<HTMLElement>) => event.currentTarget.closest<HTMLElement>('figure');

/**
 * The standard toolbar of every chart: full screen (presentation mode), PNG and SVG of the whole
 * figure (title, legend, source line), CSV of the chart's data when the chart gives its rows (in the
 * interface's spreadsheet format, sources by name and URL), and a citation of the chart to copy.
 * File names say the view, the filter and the data's year.
 */
export function ChartToolbar({
  chartId,
  title,
  csvRows,
}: {
  chartId: string;
  title: string;
  csvRows?: CsvRows | undefined;
}) {
  const t = useMessages(exportMessages);
  const presentation = useChartPresentation();
  const [status, setStatus] = useState('');
  const [size, setSize] = useState<ExportSize>('document');
  const sizeId = useId();
  const [citing, setCiting] = useState(false);
  const citationId = useId();
  const lang = useLang();
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const link = useCurrentLink({ presentation: false });
  const sources = useLoadedDataset()?.sources ?? [];
  const dataDate = newestSourceDate(sources);
  const describe = describeSources(sources);

  const save = (blob: Blob, extension: string) => {
    const name = exportFileName({ chartId, lang, levels, q, dataYear: dataDate?.year ?? null, extension });
    downloadBlob(blob, name);
    setStatus(t.saved(name));
  };

  const exportImage = async (event: MouseEvent<HTMLButtonElement>, kind: 'png' | 'svg') => {
    const figure = figureOf(event);
    try {
      // The export code loads with the first export, not with every view.
      const { figureToSvg, svgToPng } = await import('../export/figure-export');
      // The address of the page as shown (the toolbar is not part of a slide).
      const composed = figure ? await figureToSvg(figure, window.location.href, size) : null;
      if (!composed) {
        setStatus(t.failed);
        return;
      }
      if (kind === 'svg') save(new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' }), 'svg');
      else save(await svgToPng(composed), 'png');
    } catch (error) {
      console.warn('Chart export failed', error);
      setStatus(t.failed);
    }
  };

  return (
    <div role="group" aria-label={t.toolbarLabel(title)} className="chart-toolbar">
      {presentation ? (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={(event) => presentation.open(chartId, event.currentTarget)}
          data-action="fullscreen"
        >
          {t.fullscreen}
        </Button>
      ) : null}
      <label htmlFor={sizeId} className="chart-toolbar__size-label">
        {t.sizeLabel}
      </label>
      {/* Designsystemet's Select is this native element with its class; its module would add to the first view. */}
      <select
        id={sizeId}
        data-size="sm"
        className="ds-input chart-toolbar__size"
        value={size}
        onChange={(event) => setSize(event.currentTarget.value === 'slide' ? 'slide' : 'document')}
      >
        <option value="document">{t.sizeDocument}</option>
        <option value="slide">{t.sizeSlide}</option>
      </select>
      <Button variant="tertiary" data-size="sm" aria-label={t.pngLabel} onClick={(e) => void exportImage(e, 'png')}>
        {t.png}
      </Button>
      <Button variant="tertiary" data-size="sm" aria-label={t.svgLabel} onClick={(e) => void exportImage(e, 'svg')}>
        {t.svg}
      </Button>
      {csvRows ? (
        <Button
          variant="tertiary"
          data-size="sm"
          aria-label={t.csvLabel}
          onClick={() => save(new Blob([toCsv(csvRows, lang, describe)], { type: 'text/csv;charset=utf-8' }), 'csv')}
        >
          {t.csv}
        </Button>
      ) : null}
      <Button
        variant="tertiary"
        data-size="sm"
        aria-expanded={citing}
        aria-controls={citing ? citationId : undefined}
        onClick={() => setCiting((open) => !open)}
      >
        {t.cite}
      </Button>
      <span aria-live="polite" className="chart-toolbar__status">
        {status}
      </span>
      {citing ? (
        <CitationPanel
          id={citationId}
          label={t.citeLabel(title)}
          text={citationText({
            lang,
            title,
            sources: sourceIdsOf(csvRows ?? []).flatMap((id) => sources.filter((s) => s.id === id)),
            dataDate,
            url: link,
            accessed: new Date().toISOString().slice(0, 10),
          })}
        />
      ) : null}
    </div>
  );
}
