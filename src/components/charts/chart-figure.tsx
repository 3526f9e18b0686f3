import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { CsvRows } from '../export/csv';
import { ChartErrorBoundary } from './chart-error-boundary';
import { chartMessages } from './chart-messages';
import { ChartToolbar } from './chart-toolbar';
import type { FigureVariant } from './figure-variant';

export interface ChartFigureProps {
  /** Stable id of the chart (used for export file names and presentation slides). */
  chartId: string;
  title: string;
  /** One sentence that says what the chart shows, for everyone (and the chart's accessible description). */
  summary: string;
  /** The source line, e.g. "Menon Economics via Shifter, 20.02.2024". */
  source: ReactNode;
  /** The Recharts composition, inside a ChartFrame. */
  chart: ReactNode;
  /** Legend (in text, not colour alone). */
  legend?: ReactNode;
  /** The same data as a table: the accessible alternative to the chart. */
  table: ReactNode;
  /**
   * The chart's data for the CSV download: header row first, one row per data point, unknown values
   * as null (an empty cell). Made by a pure function per chart, e.g. `toRankingCsvRows`.
   */
  csvRows?: CsvRows;
  /** Heading level of the title within the page. */
  headingLevel?: 2 | 3;
  /**
   * On its page (default) the figure has the toolbar (full screen, export); on a slide or in
   * the speaker view's preview it is the presentation itself, so it has none; on an embed page
   * (framed by another site) it has none either, and its table folds away.
   */
  variant?: FigureVariant;
  /**
   * A long figure that starts below the first screen (the timeline's periods): on its page the chart and
   * the table are styled and laid out only as they near the viewport (`content-visibility: auto`), each
   * holding a height guessed from its row count until then (the height per row: the figure's CSS,
   * `--part-row-guess`). Not for a figure with a DeferredChart (its snapshot check measures the chart,
   * which would lay it out at once) nor for one above a control a visitor scrolls to (a wrong guess above
   * it would move the control under the finger). ADR 036, item 12.
   */
  skipOffscreen?: { chartRows: number; tableRows: number };
}

/** The attributes of a part that skips its rendering while off screen, guessed at `rows` rows tall. */
function skipOffscreenProps(rows: number | undefined): { 'data-skip-offscreen'?: ''; style?: Record<string, string> } {
  return rows === undefined ? {} : { 'data-skip-offscreen': '', style: { '--part-rows': String(rows) } };
}

/**
 * Every chart is a <figure>: title and one-sentence summary as its caption, the chart (behind an
 * error boundary, so a chart that throws leaves the table working), legend, source line and data table.
 */
export function ChartFigure({
  chartId,
  title,
  summary,
  source,
  chart,
  legend,
  table,
  csvRows,
  headingLevel = 2,
  variant = 'page',
  skipOffscreen,
}: ChartFigureProps) {
  const t = useMessages(chartMessages);
  const id = useId();
  // On a slide or an embed the figure is the whole view: nothing to skip.
  const skip = variant === 'page' ? skipOffscreen : undefined;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-chart-id={chartId} data-variant={variant}>
      <figcaption className="chart-figure__caption">
        <Heading level={headingLevel} data-size="sm" id={`${id}-title`}>
          {title}
        </Heading>
        <Paragraph id={`${id}-summary`} className="chart-figure__summary">
          {summary}
        </Paragraph>
      </figcaption>
      {variant === 'page' ? (
        <div className="chart-figure__actions">
          <ChartToolbar chartId={chartId} title={title} csvRows={csvRows} />
        </div>
      ) : null}
      <div className="chart-figure__chart" aria-describedby={`${id}-summary`} {...skipOffscreenProps(skip?.chartRows)}>
        <ChartErrorBoundary
          fallback={
            <Alert data-color="warning" role="alert">
              {t.chartFailed}
            </Alert>
          }
        >
          {chart}
        </ChartErrorBoundary>
      </div>
      {legend ? <div className="chart-figure__legend">{legend}</div> : null}
      <Paragraph data-size="sm" className="chart-figure__source">
        {t.source}: {source}
      </Paragraph>
      {variant === 'embed' ? (
        // Framed in another page, the figures fold away below the chart (the frame keeps its size).
        <details className="chart-figure__table">
          <summary>{t.tableHeading}</summary>
          {table}
        </details>
      ) : (
        <div className="chart-figure__table" {...skipOffscreenProps(skip?.tableRows)}>
          {table}
        </div>
      )}
    </figure>
  );
}
