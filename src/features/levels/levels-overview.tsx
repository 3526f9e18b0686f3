import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { Dataset } from '../../data/validate';
import { formatList } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';
import { LevelCards } from './level-cards';
import { LevelHoldersSection } from './level-holders-section';
import { levelMessages } from './level-messages';
import { levelNames } from '../../domain/levels';
import { publishedShares } from '../../domain/shares';
import { LevelRankFigure } from './level-rank-figure';
import { LevelComparison, LevelShares } from './level-shares';
import { filterSummaries, summarizeLevels } from './level-stats';

/**
 * /levels: the levels side by side, the evaluation by level, the published shares and the NCE–Arena
 * comparison. The level filter (store, `level` parameter) narrows the cards, chart and shares; the
 * comparison always uses both NCE and Arena, since it is what the evaluation found.
 */
export function LevelsOverview({ dataset }: { dataset: Dataset }) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const selected = useFilterStore((s) => s.levels);
  const setLevels = useFilterStore((s) => s.setLevels);
  const { clusters, levels, evaluation } = dataset;
  const names = useMemo(() => levelNames(levels), [levels]);
  const all = useMemo(
    () =>
      summarizeLevels(
        clusters,
        levels.map((l) => l.id),
      ),
    [clusters, levels],
  );
  const shown = filterSummaries(all, selected);

  return (
    <>
      {selected.length > 0 ? (
        <div className="level-filter-notice" role="status">
          <Paragraph>
            {t.filterNotice(
              formatList(
                selected.map((id) => names[id]),
                lang,
              ),
            )}
          </Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => setLevels([])}>
            {t.showAllLevels}
          </Button>
        </div>
      ) : null}
      <section aria-labelledby="level-cards-heading">
        <Heading level={2} data-size="md" id="level-cards-heading">
          {t.cardsHeading(dataset.levels.length)}
        </Heading>
        <LevelCards dataset={dataset} summaries={shown} />
      </section>
      <LevelRankFigure
        summaries={shown}
        names={names}
        listLength={clusters.length}

        reportSourceId={evaluation.source}
        articleSourceId={evaluation.question.source}
      />
      <LevelComparison summaries={all} evaluation={evaluation} />
      <LevelShares summaries={shown} names={names} publishedCount={publishedShares(clusters).length} />
      {shown.map((s) => (
        <LevelHoldersSection key={s.level} dataset={dataset} levelId={s.level} levelName={names[s.level]} />
      ))}
    </>
  );
}
