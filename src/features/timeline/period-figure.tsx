import type { FigureVariant } from '../../components/charts/figure-variant';
import { Tooltip } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/table/data-table';
import { ChartFigure } from '../../components/charts/chart-figure';
import { AppLink, ViewLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import type { Source } from '../../data/schema/sources';
import { formatDateRange, formatList, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import type { ClusterPeriod, PeriodEnd } from './periods';
import { toPeriodCsvRows } from './period-csv';
import { LevelSwatch } from '../../components/charts/level-swatch';
import { SourceList } from './source-list';
import { gridStyle, TimeAxis } from './time-axis';
import type { TimeSpan } from '../../domain/dates';
import { spanToPercent } from './time-scale';
import { timelineMessages } from './timeline-messages';
import './timeline.css';

type Messages = (typeof timelineMessages)[Lang];

function describeEntry(entry: PeriodEnd, lang: Lang, t: Messages): string {
  const when = formatDateRange(entry.date, entry.latest, lang);
  return entry.confidence === 'I' ? `${when} (${t.inferred})` : when;
}

function describeExit(exit: PeriodEnd, lang: Lang, t: Messages): string {
  const when = formatDateRange(exit.date, exit.latest, lang);
  if (exit.latest !== null) return t.exitRange(when);
  return exit.note ? `${when} (${exit.note[lang]})` : when;
}

/**
 * Each evaluated cluster's period at its level as a bar, from entry to exit. An entry known only to a
 * year or a span of years, and an exit known only as "2020–2023", are drawn as hatched, uncertain
 * stretches, never as invented dates. Each row is one link to the cluster's page; hover and focus show
 * the details (Designsystemet Tooltip, closed with Esc); the table carries the same content.
 */
export function PeriodFigure({
  periods,
  domain,
  names,
  sources,
  variant = 'page',
  continued = false,
}: {
  periods: readonly ClusterPeriod[];
  domain: TimeSpan;
  names: Readonly<Record<LevelId, string>>;
  sources: readonly Source[];
  variant?: FigureVariant;
  /** A continued slide: the periods after those of an earlier slide, titled so. */
  continued?: boolean;
}) {
  const t = useMessages(timelineMessages);
  const lang = useLang();
  const shownLevels = [...new Set(periods.map((p) => p.level))].map((id) => names[id]);
  // The exit the source gives only as a span of years (the evaluation's "2020–2023"), from the data.
  const uncertainExit = periods.find((p) => p.exit.latest !== null)?.exit;
  const exitRange = uncertainExit ? formatDateRange(uncertainExit.date, uncertainExit.latest, lang) : null;

  return (
    <ChartFigure
      chartId="timeline-periods"
      variant={variant}
      title={continued ? t.periodsTitleContinued : t.periodsTitle}
      summary={
        periods.length === 0
          ? t.periodsSummaryEmpty
          : t.periodsSummary(formatNumber(periods.length, lang), formatList(shownLevels, lang), exitRange)
      }
      source={t.periodsSource}
      csvRows={toPeriodCsvRows(periods, names, lang)}
      // On /timeline below the milestones and the level filter: laid out as it nears the view.
      skipOffscreen={{ chartRows: periods.length, tableRows: periods.length }}
      chart={
        <div className="tl" style={gridStyle(domain)}>
          <TimeAxis domain={domain} />
          <ol className="tl-rows">
            {periods.map((period) => {
              const bar = spanToPercent(period.span, domain);
              const entry = describeEntry(period.entry, lang, t);
              const exit = describeExit(period.exit, lang, t);
              const row = (
                <>
                  <span className="tl-row__label">
                    <LevelSwatch level={period.level} />
                    <span className="tl-period__name">{period.name}</span>
                    {period.entry.confidence === 'I' ? (
                      <span className="tl-period__flag">({t.inferredEntry})</span>
                    ) : null}
                  </span>
                  <span className="tl-track" aria-hidden="true">
                    <span className="tl-bar" style={{ left: `${bar.left}%`, width: `${bar.width}%` }}>
                      {period.segments.map((segment) => {
                        const seg = spanToPercent(segment.span, period.span);
                        return (
                          <span
                            key={segment.kind}
                            className={`tl-seg tl-seg--${segment.kind}`}
                            style={{ left: `${seg.left}%`, width: `${seg.width}%` }}
                          />
                        );
                      })}
                    </span>
                  </span>
                </>
              );
              return (
                <li key={period.slug} className="tl-row tl-row--period" data-level={period.level}>
                  {variant === 'page' ? (
                    <Tooltip content={t.tooltip(period.name, names[period.level], entry, exit)} placement="top">
                      <ViewLink to={paths.cluster(period.slug)} className="tl-period">
                        {row}
                      </ViewLink>
                    </Tooltip>
                  ) : (
                    // On a slide the rows are text: a room cannot follow a link, and scaled links are too small to tap.
                    <span className="tl-period">{row}</span>
                  )}
                </li>
              );
            })}
          </ol>
          <TimeAxis domain={domain} side="bottom" />
        </div>
      }
      legend={
        <ul className="chart-legend">
          {[...new Set(periods.map((p) => p.level))].map((level) => (
            <li key={level}>
              <LevelSwatch level={level} />
              {names[level]}
            </li>
          ))}
          <li>
            <span className="tl-legend-seg tl-seg--held" aria-hidden="true" />
            {t.legendHeld}
          </li>
          <li>
            <span className="tl-legend-seg tl-seg--entry-range" aria-hidden="true" />
            {t.legendEntryRange}
          </li>
          <li>
            <span className="tl-legend-seg tl-seg--exit-range" aria-hidden="true" />
            {t.legendExitRange}
          </li>
        </ul>
      }
      table={
        <DataTable
          caption={t.periodsTableCaption}
          size="sm"
          columns={[t.colCluster, t.colLevel, t.colEntry, t.colExit, t.colSources]}
        >
          {periods.map((period) => (
            <tr key={period.slug}>
              <td>
                <AppLink to={paths.cluster(period.slug)}>{period.name}</AppLink>
              </td>
              <td>{names[period.level]}</td>
              <td>
                {describeEntry(period.entry, lang, t)}
                {period.entry.note ? ` – ${period.entry.note[lang]}` : ''}
              </td>
              <td>{describeExit(period.exit, lang, t)}</td>
              <td>
                <SourceList ids={[...new Set([period.entry.source, period.exit.source])]} sources={sources} />
              </td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}
