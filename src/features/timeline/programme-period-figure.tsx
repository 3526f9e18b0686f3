import { Heading } from '@digdir/designsystemet-react';
import { ChartFigure } from '../../components/charts/chart-figure';
import type { FigureVariant } from '../../components/charts/figure-variant';
import { LevelSwatch } from '../../components/charts/level-swatch';
import { DataTable } from '../../components/table/data-table';
import { AppLink, ViewLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import type { Source } from '../../data/schema/sources';
import type { Boundary } from '../../data/schema/sourced-values';
import { formatDateRange, formatList, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { programmePeriodPageTitle, type ProgrammePeriodPage } from './programme-period-pages';
import type { ProgrammePeriod } from './programme-periods';
import { toProgrammePeriodCsvRows } from './programme-period-csv';
import { SourceList } from './source-list';
import { gridStyle, TimeAxis } from './time-axis';
import type { TimeSpan } from '../../domain/dates';
import { spanToPercent } from './time-scale';
import { timelineMessages } from './timeline-messages';
import './timeline.css';

type Messages = (typeof timelineMessages)[Lang];

/** A start or end in words: every value where sources disagree, inferred ones marked, or not published. */
export function boundaryText(boundary: Boundary, lang: Lang, t: Messages): string {
  if (boundary.status === 'unknown') return t.notPublished;
  return boundary.values
    .map((v) => `${formatDateRange(v.date, v.latest, lang)}${v.confidence === 'I' ? ` (${t.inferred})` : ''}`)
    .join(' / ');
}

function Bar({ period, domain }: { period: ProgrammePeriod; domain: TimeSpan }) {
  if (period.span === null) return null;
  const bar = spanToPercent(period.span, domain);
  const whole = period.span;
  return (
    <span className="tl-bar" style={{ left: `${bar.left}%`, width: `${bar.width}%` }}>
      {period.segments.map((segment) => {
        const seg = spanToPercent(segment.span, whole);
        return (
          <span
            key={segment.kind}
            className={`tl-seg tl-seg--${segment.kind}`}
            style={{ left: `${seg.left}%`, width: `${seg.width}%` }}
          />
        );
      })}
    </span>
  );
}

/**
 * Every sourced cluster's period on each level (from the directory), grouped by level under headings so
 * some 100 rows stay readable. Every row links to its cluster's page (every cluster has one), the evaluated
 * ones marked; the table lists every period with its sources. On a slide the rows are text, and a slide
 * shows one level's rows (or a part of them: `part`), since all of them would shrink below legibility.
 */
export function ProgrammePeriodFigure({
  periods,
  domain,
  names,
  order,
  sources,
  page,
  variant = 'page',
}: {
  periods: readonly ProgrammePeriod[];
  domain: TimeSpan;
  names: Readonly<Record<LevelId, string>>;
  /** The levels in programme order (from levels.json): the groups' order. */
  order: readonly LevelId[];
  sources: readonly Source[];
  /** On a slide: the level (and part of its rows) the slide shows; `periods` are that page's rows. */
  page?: Pick<ProgrammePeriodPage, 'level' | 'part' | 'parts'>;
  variant?: FigureVariant;
}) {
  const t = useMessages(timelineMessages);
  const lang = useLang();
  const groups = order
    .map((level) => ({ level, rows: periods.filter((p) => p.level === level) }))
    .filter((g) => g.rows.length > 0);
  const flags = (period: ProgrammePeriod) =>
    [period.evaluated ? t.evaluatedFlag : null, period.levelInferred ? t.levelInferred : null]
      .filter((f) => f !== null)
      .join(', ');

  return (
    <ChartFigure
      chartId="timeline-all-periods"
      variant={variant}
      // A slide's title names its level (and part); its rows are that level's, so it has no group headings.
      title={page === undefined ? t.allTitle : programmePeriodPageTitle(page, names, lang)}
      summary={
        periods.length === 0
          ? t.allSummaryEmpty
          : t.allSummary(
              formatNumber(periods.length, lang),
              formatList(
                groups.map((g) => names[g.level]),
                lang,
              ),
            )
      }
      source={t.allSource}
      csvRows={toProgrammePeriodCsvRows(periods, names, lang)}
      // Some 100 rows, last on /timeline: laid out as they near the view.
      skipOffscreen={{ chartRows: periods.length, tableRows: periods.length }}
      chart={
        <div className="tl" style={gridStyle(domain)}>
          <TimeAxis domain={domain} />
          {groups.map((group) => (
            <div key={group.level} className="tl-group" data-level={group.level}>
              {page === undefined ? (
                <Heading level={3} data-size="2xs" className="tl-group__heading">
                  <LevelSwatch level={group.level} />
                  {t.groupHeading(names[group.level], formatNumber(group.rows.length, lang))}
                </Heading>
              ) : null}
              <ol className="tl-rows">
                {group.rows.map((period) => {
                  const flag = flags(period);
                  const label = (
                    <span className="tl-row__label">
                      <span className="tl-period__name">{period.name}</span>
                      {flag ? <span className="tl-period__flag">({flag})</span> : null}
                      {period.span === null ? <span className="tl-period__flag">({t.noBar})</span> : null}
                    </span>
                  );
                  const track = (
                    <span className="tl-track" aria-hidden="true">
                      <Bar period={period} domain={domain} />
                    </span>
                  );
                  return (
                    <li key={period.key} className="tl-row tl-row--period" data-level={period.level}>
                      {variant === 'page' ? (
                        <ViewLink to={paths.cluster(period.slug)} className="tl-period">
                          {label}
                          {track}
                        </ViewLink>
                      ) : (
                        // On a slide the rows are text: a room cannot follow a link, and scaled links are too small to tap.
                        <span className="tl-period">
                          {label}
                          {track}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
          <TimeAxis domain={domain} side="bottom" />
        </div>
      }
      legend={
        <ul className="chart-legend">
          {groups.map((g) => (
            <li key={g.level}>
              <LevelSwatch level={g.level} />
              {names[g.level]}
            </li>
          ))}
          <li>
            <span className="tl-legend-seg tl-seg--held" aria-hidden="true" />
            {t.legendHeld}
          </li>
          <li>
            <span className="tl-legend-seg tl-seg--entry-range" aria-hidden="true" />
            {t.legendUnknownEdge}
          </li>
        </ul>
      }
      table={
        <DataTable
          caption={t.allTableCaption}
          size="sm"
          columns={[t.colCluster, t.colLevel, t.colEntry, t.colExit, t.colSources]}
        >
          {periods.map((period) => {
            const flag = flags(period);
            return (
              <tr key={period.key}>
                <td>
                  <AppLink to={paths.cluster(period.slug)}>{period.name}</AppLink>
                  {flag ? ` (${flag})` : ''}
                </td>
                <td>{names[period.level]}</td>
                <td>{boundaryText(period.start, lang, t)}</td>
                <td>{boundaryText(period.end, lang, t)}</td>
                <td>
                  <SourceList ids={period.sources} sources={sources} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      }
    />
  );
}
