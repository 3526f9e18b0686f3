import { Fragment, lazy } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { ChartFigure } from '../../components/charts/chart-figure';
import { useChartTextScale } from '../../components/charts/chart-text-scale';
import type { FigureVariant } from '../../components/charts/figure-variant';
import { snapshotKey } from '../../components/charts/chart-snapshots';
import { DeferredChart } from '../../components/charts/deferred-chart';
import { SourceRef } from '../../components/data/source-ref';
import { DataTable } from '../../components/table/data-table';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import type { ProgrammeChartData } from './programme-series';
import { maxValue, toYearBarRows } from './year-bars';
import { toYearBarsCsvRows } from './year-bars-csv';
import { yearBarsHeight } from './year-bars-size';
import { rowLabel, seriesName, valueText, type TextContext } from './year-bars-text';

// Recharts loads after the page is up, not with the first view (docs/decisions/031-first-view-bytes.md).
const YearBarsChart = lazy(() => import('./year-bars-chart').then((m) => ({ default: m.YearBarsChart })));

/** One figure of /programme: the bars year by year, summary, source line, data table with every source, CSV. */
export function YearBarsFigure({
  chartId,
  title,
  subject,
  data,
  ctx,
  withApplicants = false,
  max,
  variant = 'page',
}: {
  chartId: string;
  title: string;
  subject: string;
  data: ProgrammeChartData;
  ctx: TextContext;
  withApplicants?: boolean;
  /** The axis' end: the whole figure's largest value, so a slide showing some of its years keeps its scale. */
  max?: number;
  variant?: FigureVariant;
}) {
  const { t, lang } = ctx;
  // Larger on a slide (ADR 023): the chart's rows grow with its text, so the reserved height must too.
  const textScale = useChartTextScale();
  const rows = toYearBarRows(data.groups);
  const years = data.groups.map((g) => g.year);
  const withFigure = data.groups.filter((g) => g.marks !== null).length;
  const columns = [
    t.colYear,
    t.colSeries,
    t.colValue,
    ...(withApplicants ? [t.colApplicants] : []),
    t.colSources,
    t.colNote,
  ];
  return (
    <ChartFigure
      chartId={chartId}
      variant={variant}
      title={title}
      summary={t.summary(subject, withFigure, years.length, Math.min(...years), Math.max(...years))}
      csvRows={toYearBarsCsvRows(rows, ctx, withApplicants)}
      source={t.sourceLine}
      chart={
        <DeferredChart
          height={yearBarsHeight(rows.length, textScale)}
          snapshot={
            variant === 'page'
              ? { id: chartId, key: snapshotKey([lang, textScale, rows, max ?? maxValue(data.groups)]) }
              : undefined
          }
        >
          <YearBarsChart rows={rows} max={max ?? maxValue(data.groups)} label={(row) => rowLabel(row, ctx)} />
        </DeferredChart>
      }
      table={
        <>
          <DataTable caption={t.tableCaption(title)} size="sm" columns={columns}>
            {rows.map((row) => {
              const mark = row.mark;
              return (
                <tr key={row.key}>
                  <td>{row.year}</td>
                  <td>{mark ? seriesName(mark, ctx) : ''}</td>
                  <td className="year-bars__value">{mark ? valueText(mark, ctx) : t.notPublished}</td>
                  {withApplicants ? (
                    <td>
                      {mark?.applicants
                        ? mark.applicants.map((a) => (
                            <span key={a.key} className="year-bars__applicants">
                              {valueText(a, ctx)}{' '}
                              {a.sources.map((id) => (
                                <Fragment key={id}>
                                  {' '}
                                  <SourceRef id={id} />
                                </Fragment>
                              ))}{' '}
                            </span>
                          ))
                        : t.notPublished}
                    </td>
                  ) : null}
                  <td>
                    {mark?.sources.map((id) => (
                      <Fragment key={id}>
                        {' '}
                        <SourceRef id={id} />
                      </Fragment>
                    ))}
                  </td>
                  <td>{mark?.note?.[lang] ?? ''}</td>
                </tr>
              );
            })}
          </DataTable>
          {data.unplaced.length > 0 ? (
            <div className="programme-unplaced">
              <Paragraph data-size="sm">{t.unplacedLead}</Paragraph>
              <ul>
                {data.unplaced.map((figure) => (
                  <li key={figure.id}>
                    {t.unplacedItem(
                      figure.label[lang],
                      figure.values.map((v) => t.value(v.qualifier, formatNumber(v.value, lang))).join(' / '),
                      formatPartialDate(figure.from ?? figure.date, lang),
                      formatPartialDate(figure.from === null ? (figure.latest ?? figure.date) : figure.date, lang),
                    )}{' '}
                    {[...new Set(figure.values.map((v) => v.source))].map((id) => (
                      <Fragment key={id}>
                        {' '}
                        <SourceRef id={id} />
                      </Fragment>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      }
    />
  );
}
