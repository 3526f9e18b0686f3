import type { FigureVariant } from '../../components/charts/figure-variant';
import type { CSSProperties } from 'react';
import { DataTable } from '../../components/table/data-table';
import { ChartFigure } from '../../components/charts/chart-figure';
import type { Source } from '../../data/schema/sources';
import { formatDateRange, formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import type { Milestone } from './milestones';
import { toMilestoneCsvRows } from './milestone-csv';
import { SourceList } from './source-list';
import { gridStyle, TimeAxis } from './time-axis';
import type { TimeSpan } from '../../domain/dates';
import { spanToPercent } from './time-scale';
import { timelineMessages } from './timeline-messages';
import './timeline.css';

/**
 * Milestones on a time axis: each mark covers what its date covers (a year-precise event the whole
 * year, a month the month, a day a point), with its date and text beside it. A composition of HTML
 * rows rather than Recharts, so the text wraps and the axis reflows on narrow screens (ADR 010).
 */
export function MilestoneFigure({
  milestones,
  years,
  domain,
  sources,
  variant = 'page',
  continued = false,
}: {
  milestones: readonly Milestone[];
  /** The years all the milestones cover (a continued slide shows some of them), for the title. */
  years: string;
  domain: TimeSpan;
  sources: readonly Source[];
  variant?: FigureVariant;
  /** A continued slide: the milestones after those of an earlier slide, titled so. */
  continued?: boolean;
}) {
  const t = useMessages(timelineMessages);
  const lang = useLang();
  const first = milestones[0];
  const last = milestones.at(-1);
  const when = (m: Milestone) => formatDateRange(m.date, m.end, lang);
  return (
    <ChartFigure
      chartId="timeline-milestones"
      variant={variant}
      title={continued ? t.milestonesTitleContinued(years) : t.milestonesTitle(years)}
      summary={t.milestonesSummary(
        formatNumber(milestones.length, lang),
        first ? when(first) : '',
        last ? when(last) : '',
      )}
      source={t.milestonesSource}
      csvRows={toMilestoneCsvRows(milestones, lang)}
      chart={
        <div className="tl" style={gridStyle(domain)}>
          <TimeAxis domain={domain} />
          <ol className="tl-rows">
            {milestones.map((m) => {
              const { left, width } = spanToPercent(m.span, domain);
              // The text goes on the side of the mark with more room.
              const textBefore = left > 100 - (left + width);
              const markStyle = { left: `${left}%`, width: `${width}%` };
              const textStyle = { '--tl-at': `${textBefore ? left : left + width}%` } as CSSProperties;
              return (
                <li key={m.id} className="tl-row" data-precision={m.precision}>
                  <div className="tl-row__label">
                    <span className="tl-row__number">{m.number}</span> <strong>{when(m)}</strong>
                  </div>
                  <div className="tl-track">
                    <span className={`tl-mark tl-mark--${m.precision}`} style={markStyle} />
                    <span className={`tl-row__text tl-row__text--${textBefore ? 'before' : 'after'}`} style={textStyle}>
                      {m.text[lang]}
                    </span>
                  </div>
                </li>
              );
            })}
          </ol>
          <TimeAxis domain={domain} side="bottom" />
        </div>
      }
      legend={
        <ul className="chart-legend">
          <li>
            <span className="tl-legend-mark tl-mark--year" aria-hidden="true" />
            {t.legendYear}
          </li>
          <li>
            <span className="tl-legend-mark tl-mark--month" aria-hidden="true" />
            {t.legendMonth}
          </li>
          <li>
            <span className="tl-legend-mark tl-mark--day" aria-hidden="true" />
            {t.legendDay}
          </li>
          <li>
            <span className="tl-legend-mark tl-mark--range" aria-hidden="true" />
            {t.legendRange}
          </li>
        </ul>
      }
      table={
        <DataTable
          caption={t.milestonesTableCaption}
          size="sm"
          columns={[t.colNumber, t.colDate, t.colPrecision, t.colEvent, t.colSources]}
        >
          {milestones.map((m) => (
            <tr key={m.id}>
              <td>{m.number}</td>
              <td className="nowrap">{when(m)}</td>
              <td>{t.precision[m.precision]}</td>
              <td>{m.text[lang]}</td>
              <td>
                <SourceList ids={m.sources} sources={sources} />
              </td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}
