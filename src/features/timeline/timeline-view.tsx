import { Paragraph } from '@digdir/designsystemet-react';
import { Suspense, useDeferredValue, useMemo, type ReactNode } from 'react';
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
import { toClusterPeriods } from './periods';
import { ProgrammePeriodFigure } from './programme-period-figure';
import { timelineFiguresOf } from './timeline-figures';
import { timelineMessages } from './timeline-messages';

interface FiguresProps {
  dataset: Dataset;
  /** The levels the filter shows (empty: all). */
  selected: readonly LevelId[];
}

/** The programme's milestones (the level filter leaves them be). */
function TimelineMilestones({ dataset, selected }: FiguresProps) {
  const { milestones, years, domain } = timelineFiguresOf(dataset, selected);
  return <MilestoneFigure milestones={milestones} years={years} domain={domain} sources={dataset.sources} />;
}

/** The evaluated clusters' periods, then every sourced cluster's, on the levels the filter shows. */
function TimelinePeriods({ dataset, selected }: FiguresProps) {
  const { periods, programmePeriods, domain } = timelineFiguresOf(dataset, selected);
  const names = useMemo(() => levelNames(dataset.levels), [dataset.levels]);
  const order = useMemo(() => levelOrder(dataset.levels), [dataset.levels]);
  return (
    <>
      <PeriodFigure periods={periods} domain={domain} names={names} sources={dataset.sources} />
      <ProgrammePeriodFigure
        periods={programmePeriods}
        domain={domain}
        names={names}
        order={order}
        sources={dataset.sources}
      />
    </>
  );
}

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
  const clusters = evaluatedClusters(dataset);
  const counts = useMemo(() => countByLevel(clusters), [clusters]);
  const names = useMemo(() => levelNames(dataset.levels), [dataset.levels]);
  // The notice's count from the evaluated clusters alone: the figures (`timelineFiguresOf`, the
  // programme's 100-odd periods) are made inside their boundaries, not while the shell hydrates.
  const shown = useMemo(() => toClusterPeriods(clusters, selected).length, [clusters, selected]);
  // The figures are elements kept while the filter they show stands, so the tap's own render skips them,
  // each in a Suspense boundary of its own (nothing in them suspends). A prerendered page hydrates its
  // shell first and these after, in slices: a tap on a chip while they hydrate hydrates the shell alone,
  // not the figures' 5,000 elements, and the filter reaches them in the deferred render (ADR 036).
  const figures = useMemo(
    () => ({
      milestones: (
        <Suspense>
          <TimelineMilestones dataset={dataset} selected={selected} />
        </Suspense>
      ),
      periods: (
        <Suspense>
          <TimelinePeriods dataset={dataset} selected={selected} />
        </Suspense>
      ),
    }),
    [dataset, selected],
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
              formatNumber(shown, lang),
              formatNumber(clusters.length, lang),
            )}
          </Paragraph>
        </div>
      ) : null}
      {figures.periods}
    </>
  );
}
