import '../export/export.css';
import { Button } from '@digdir/designsystemet-react';
import { Suspense, lazy, useId, useState, type MouseEvent } from 'react';
import type { ExportSize } from '../export/compose-svg';
import type { CsvRows } from '../export/csv';
import { useLoadedDataset } from '../../data/use-dataset';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { useFilterStore } from '../../state/filters/filter-store';
import { exportMessages } from '../export/export-messages';
import { AppLink } from '../ui/app-link';
import { useCurrentLink } from '../ui/current-link';
import { useChartPresentation } from './chart-presentation';

// The panels and the export code load on first use, not with the view (ADR 031).
const ChartCitePanel = lazy(() => import('../export/chart-cite-panel'));
const EmbedPanel = lazy(() => import('../export/embed-panel'));

const figureOf = (event: MouseEvent<HTMLElement>) => event.currentTarget.closest<HTMLElement>('figure');

type Panel = 'cite' | 'embed' | null;

/**
 * The standard toolbar of every chart: full screen (presentation mode), PNG and SVG of the whole
 * figure (title, legend, source line, the page's address and citation) at the chosen size, CSV of the
 * chart's data when the chart gives its rows (in the interface's spreadsheet format, sources by name and
 * URL) with a link to the whole dataset, a citation of the chart to copy, and the code to embed it in
 * another page. File names say the view, the filter and the data's year.
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
  const [panel, setPanel] = useState<Panel>(null);
  const panelId = useId();
  const lang = useLang();
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const link = useCurrentLink({ presentation: false });
  const sources = useLoadedDataset()?.sources ?? [];
  const context = { chartId, lang, levels, q, sources };

  const fail = (error: unknown) => {
    console.warn('Chart export failed', error);
    setStatus(t.failed);
  };

  const exportImage = async (event: MouseEvent<HTMLButtonElement>, kind: 'png' | 'svg') => {
    const figure = figureOf(event);
    try {
      // The export code loads with the first export, not with every view.
      const [{ figureToSvg, svgToPng }, { saveExport }, { chartCitation }] = await Promise.all([
        import('../export/figure-export'),
        import('../export/save-export'),
        import('../export/chart-citation'),
      ]);
      // The image carries the page's address as shown and the chart's citation line (not the toolbar).
      const citation = chartCitation({ lang, title, csvRows, sources, link });
      const composed = figure ? await figureToSvg(figure, window.location.href, size, citation) : null;
      if (!composed) {
        setStatus(t.failed);
        return;
      }
      const blob =
        kind === 'svg' ? new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(composed);
      setStatus(t.saved(saveExport(blob, kind, context)));
    } catch (error) {
      fail(error);
    }
  };

  const exportCsv = async (rows: CsvRows) => {
    try {
      const { csvBlob, saveExport } = await import('../export/save-export');
      setStatus(t.saved(saveExport(csvBlob(rows, lang, sources), 'csv', context)));
    } catch (error) {
      fail(error);
    }
  };

  const toggle = (which: Exclude<Panel, null>) => setPanel((open) => (open === which ? null : which));

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
        <Button variant="tertiary" data-size="sm" aria-label={t.csvLabel} onClick={() => void exportCsv(csvRows)}>
          {t.csv}
        </Button>
      ) : null}
      <Button
        variant="tertiary"
        data-size="sm"
        aria-expanded={panel === 'cite'}
        aria-controls={panel === 'cite' ? panelId : undefined}
        onClick={() => toggle('cite')}
      >
        {t.cite}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        aria-expanded={panel === 'embed'}
        aria-controls={panel === 'embed' ? panelId : undefined}
        onClick={() => toggle('embed')}
      >
        {t.embed}
      </Button>
      <AppLink to={paths.sources()} hash="dataset-download" className="chart-toolbar__dataset">
        {t.wholeDataset}
      </AppLink>
      <span aria-live="polite" className="chart-toolbar__status">
        {status}
      </span>
      <Suspense fallback={null}>
        {panel === 'cite' ? (
          <ChartCitePanel
            id={panelId}
            label={t.citeLabel(title)}
            lang={lang}
            title={title}
            csvRows={csvRows}
            sources={sources}
            link={link}
          />
        ) : null}
        {panel === 'embed' ? <EmbedPanel id={panelId} chartId={chartId} title={title} /> : null}
      </Suspense>
    </div>
  );
}
