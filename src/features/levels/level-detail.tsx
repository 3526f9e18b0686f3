import { Heading, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/table/data-table';
import { useMemo } from 'react';
import { AppLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import type { Dataset } from '../../data/validate';
import { formatDateRange, formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { evaluatedCount } from '../../domain/evaluated';
import { whyNoneText } from './why-none';
import { levelMessages } from './level-messages';
import { summarizeLevels } from './level-stats';
import { SourceRef } from '../../components/data/source-ref';
import { LevelHoldersSection } from './level-holders-section';
import './levels.css';

/** /levels/:level below its heading: the level in depth, with its evaluated clusters (or why there are none). */
export function LevelDetail({ dataset, levelId }: { dataset: Dataset; levelId: LevelId }) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const { clusters, levels, evaluation } = dataset;
  const summary = useMemo(() => summarizeLevels(clusters, [levelId])[0], [clusters, levelId]);
  const level = levels.find((l) => l.id === levelId);
  if (!level || !summary) return null;
  const bySlug = new Map(clusters.map((c) => [c.slug, c]));
  const evaluated = summary.clusters.length;

  return (
    <>
      <Paragraph>
        {level.description.text[lang]} <SourceRef id={level.description.source} />
      </Paragraph>
      <dl className="level-detail__facts">
        <dt>{t.countLabel}</dt>
        <dd>
          {level.count.status === 'known'
            ? t.countValue(formatNumber(level.count.value, lang), level.countUnit[lang])
            : t.countUnknown}{' '}
          <SourceRef id={level.count.source} />
        </dd>
        <dt>{t.startedLabel}</dt>
        <dd>
          {formatPartialDate(level.started.date, lang)} <SourceRef id={level.started.source} />
        </dd>
        <dt>{t.evaluatedLabel(evaluatedCount(dataset))}</dt>
        <dd>{evaluated > 0 ? t.evaluatedCount(evaluated, evaluatedCount(dataset)) : t.evaluatedNone}</dd>
        {summary.medianRank !== null ? (
          <>
            <dt>{t.detailMedian}</dt>
            <dd>{formatNumber(summary.medianRank, lang)}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="level-facts-heading">
        <Heading level={2} data-size="md" id="level-facts-heading">
          {t.detailFactsHeading}
        </Heading>
        <List.Unordered>
          {level.facts.map((fact) => (
            <ListItem key={fact.text.nb}>
              {fact.text[lang]} <SourceRef id={fact.source} />
            </ListItem>
          ))}
        </List.Unordered>
      </section>
      <section aria-labelledby="level-evaluated-heading">
        <Heading level={2} data-size="md" id="level-evaluated-heading">
          {t.detailEvaluatedHeading}
        </Heading>
        {evaluated === 0 ? (
          <Paragraph>
            {t.sharesNoClusters} {whyNoneText(dataset, lang)} <SourceRef id={evaluation.exitPeriod.source} />
          </Paragraph>
        ) : (
          <DataTable
            caption={t.detailTableCaption(level.name)}
            columns={[t.colRank, t.colCluster, t.colShare, t.colEntered]}
          >
            {summary.clusters.map((row) => {
              const entry = bySlug.get(row.slug)?.levelEntry;
              return (
                <tr key={row.slug}>
                  <td>{row.rank}</td>
                  <td>
                    <AppLink to={paths.cluster(row.slug)}>{row.name}</AppLink>
                  </td>
                  <td>{row.share === null ? t.shareUnknown : formatPercent(row.share, lang)}</td>
                  <td>
                    {entry ? formatDateRange(entry.date, entry.latest, lang) : ''}
                    {entry?.confidence === 'I' ? ` (${t.inferred})` : ''}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
      <LevelHoldersSection dataset={dataset} levelId={levelId} levelName={level.name} />
      <LevelNav current={levelId} dataset={dataset} />
    </>
  );
}

/** Links to all levels and to the other levels. */
export function LevelNav({ current, dataset }: { current: LevelId | null; dataset: Dataset }) {
  const t = useMessages(levelMessages);
  return (
    <nav aria-label={t.otherLevels}>
      <ul className="level-nav">
        <li>
          <AppLink to={paths.levels()}>{t.backToLevels}</AppLink>
        </li>
        {dataset.levels
          .filter((l) => l.id !== current)
          .map((l) => (
            <li key={l.id}>
              <AppLink to={paths.level(l.id)}>{l.name}</AppLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
