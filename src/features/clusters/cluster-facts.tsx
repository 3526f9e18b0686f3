import { Tag } from '@digdir/designsystemet-react';
import type { Cluster } from '../../data/schema/clusters';
import { formatDateRange, formatNumber, formatPercent } from '../../i18n/format';
import { useLevelNames } from '../../domain/use-level-names';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { AppLink } from '../../components/ui/app-link';
import { clusterMessages } from './cluster-messages';
import type { RankingRow } from './ranking-rows';
import { SourceRef } from '../../components/data/source-ref';
import { WebsiteLink } from '../../components/ui/website-link';

/** The cluster's figures as a description list, each with its source; unknowns said as unknown. */
export function ClusterFacts({
  cluster,
  row,
  total,
  withinLevel,
}: {
  cluster: Cluster;
  row: RankingRow;
  total: number;
  withinLevel: { rank: number; of: number };
}) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  const levelName = useLevelNames()[cluster.level];
  const { members, levelEntry, exit } = cluster;
  return (
    <dl className="facts-list cluster-facts">
      <div>
        <dt>{t.factShare}</dt>
        <dd className="cluster-facts__share">
          {row.share !== null ? (
            <strong>{formatPercent(row.share, lang)}</strong>
          ) : (
            <span>{t.shareUnknown(row.upperBound === null ? null : formatPercent(row.upperBound, lang))}</span>
          )}{' '}
          <SourceRef id={cluster.share.source} />
        </dd>
      </div>
      <div>
        <dt>{t.factRank}</dt>
        <dd>
          {t.rankOf(cluster.rank, total)} <SourceRef id={cluster.share.source} />
        </dd>
      </div>
      <div>
        <dt>{t.factRankWithinLevel}</dt>
        <dd>{t.rankWithinLevel(withinLevel.rank, withinLevel.of, levelName)}</dd>
      </div>
      <div>
        <dt>{t.factLevel}</dt>
        <dd>
          <AppLink to={paths.level(cluster.level)}>{levelName}</AppLink>
        </dd>
      </div>
      <div>
        <dt>{t.factEntered}</dt>
        <dd>
          {formatDateRange(levelEntry.date, levelEntry.latest, lang)}
          {levelEntry.note ? ` (${levelEntry.note[lang]})` : ''}{' '}
          {levelEntry.confidence === 'I' ? (
            <Tag data-size="sm" data-color="warning">
              {t.inferred}
            </Tag>
          ) : null}{' '}
          <SourceRef id={levelEntry.source} />
        </dd>
      </div>
      <div>
        <dt>{t.factExit}</dt>
        <dd>
          {exit.latest !== null && exit.latest.raw !== exit.date.raw
            ? t.exitRange(formatDateRange(exit.date, exit.latest, lang))
            : formatDateRange(exit.date, null, lang)}
          {exit.note ? ` (${exit.note[lang]})` : ''}{' '}
          {exit.confidence === 'I' ? (
            <Tag data-size="sm" data-color="warning">
              {t.inferred}
            </Tag>
          ) : null}{' '}
          <SourceRef id={exit.source} />
        </dd>
      </div>
      <div>
        <dt>{t.factHome}</dt>
        <dd>{cluster.home[lang]}</dd>
      </div>
      <div>
        <dt>{t.factSector}</dt>
        <dd>{cluster.sector[lang]}</dd>
      </div>
      <div>
        <dt>{t.factMembers}</dt>
        <dd>
          {members.status === 'known' ? (
            <>
              {t.members(members.qualifier, formatNumber(members.count, lang), t.unit[members.unit], members.year)}
              {members.note ? ` (${members.note[lang]})` : ''} <SourceRef id={members.source} />
            </>
          ) : (
            <span className="unknown-value">{t.notFoundMembers(members.reason)}</span>
          )}
        </dd>
      </div>
      {cluster.formerNames.length > 0 ? (
        <div>
          <dt>{t.factFormerNames}</dt>
          <dd>{cluster.formerNames.join(', ')}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t.factWebsite}</dt>
        <dd>
          <WebsiteLink url={cluster.website} missing={t.noWebsite} />
        </dd>
      </div>
    </dl>
  );
}
