import { Paragraph } from '@digdir/designsystemet-react';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { LevelId } from '../../data/schema/level-ids';
import { evaluatedClusters } from '../../domain/evaluated';
import { countByLevel } from '../../domain/level-groups';
import { levelNames, levelOrder } from '../../domain/levels';
import type { Dataset } from '../../data/validate';
import { formatList, formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';
import { MilestoneFigure } from './milestone-figure';
import { PeriodFigure } from './period-figure';
import { ProgrammePeriodFigure } from './programme-period-figure';
import { timelineFigures } from './timeline-figures';
import { timelineMessages } from './timeline-messages';

/**
 * /timeline below its heading: the milestones and the evaluated clusters' periods on one shared time
 * axis. The level filter (store, `level` parameter) narrows the periods; the milestones stay, since
 * they are the programme's history. `filterControl` renders the shared filter bar above the periods.
 */
export function TimelineView({
  dataset,
  filterControl,
}: {
  dataset: Dataset;
  /** The shared level filter, given how many evaluated clusters hold each level. */
  filterControl?: (counts: Readonly<Record<LevelId, number>>) => ReactNode;
}) {
  const t = useMessages(timelineMessages);
  const lang = useLang();
  // The chips answer a tap at once; the hundreds of periods follow in a transition (ADR 036).
  const selected = useDeferredValue(useFilterStore((s) => s.levels));
  const { levels, sources } = dataset;
  const clusters = evaluatedClusters(dataset);
  const { milestones, years, periods, allPeriods, programmePeriods, domain } = useMemo(
    () => timelineFigures(dataset, selected),
    [dataset, selected],
  );
  const counts = useMemo(() => countByLevel(clusters), [clusters]);
  const names = useMemo(() => levelNames(levels), [levels]);
  const order = useMemo(() => levelOrder(levels), [levels]);
  // Elements kept while the filters they show stand, so the tap's own render skips them.
  const figures = useMemo(
    () => ({
      milestones: <MilestoneFigure milestones={milestones} years={years} domain={domain} sources={sources} />,
      periods: (
        <>
          <PeriodFigure periods={periods} domain={domain} names={names} sources={sources} />
          <ProgrammePeriodFigure
            periods={programmePeriods}
            domain={domain}
            names={names}
            order={order}
            sources={sources}
          />
        </>
      ),
    }),
    [milestones, years, domain, sources, periods, programmePeriods, names, order],
  );

  return (
    <>
      {figures.milestones}
      {filterControl?.(counts)}
      {selected.length > 0 ? (
        <div className="tl-filter-notice" role="status">
          <Paragraph>
            {t.filterNotice(
              formatList(
                selected.map((id) => names[id]),
                lang,
              ),
              formatNumber(periods.length, lang),
              formatNumber(allPeriods, lang),
            )}
          </Paragraph>
        </div>
      ) : null}
      {figures.periods}
    </>
  );
}
