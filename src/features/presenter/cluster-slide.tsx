import { Heading } from '@digdir/designsystemet-react';
import type { Dataset } from '../../data/validate';
import { formatDateRange, formatNumber, formatPercent } from '../../i18n/format';
import { levelNames } from '../../domain/levels';
import { useLang, useMessages } from '../../i18n/use-messages';
import { presenterMessages } from './presenter-messages';
import { shareUpperBound } from '../../domain/shares';

/** The default slide for one cluster: its rank, level, share (or that it is unknown) and key facts. */
export function ClusterSlide({ slug, dataset }: { slug: string; dataset: Dataset }) {
  const t = useMessages(presenterMessages);
  const lang = useLang();
  const cluster = dataset.clusters.find((c) => c.slug === slug);
  if (!cluster) return null;
  const bound = cluster.share.status === 'published' ? null : shareUpperBound(dataset.clusters, slug);
  const members = cluster.members;
  return (
    <div className="cluster-slide">
      <Heading level={2} data-size="xl" className="cluster-slide__name">
        {cluster.name}
      </Heading>
      <p className="cluster-slide__rank">
        {t.clusterRank(cluster.rank, dataset.clusters.length)} · {levelNames(dataset.levels)[cluster.level]}
      </p>
      <div className="cluster-slide__share">
        {cluster.share.status === 'published' ? (
          <span className="cluster-slide__value">{formatPercent(cluster.share.value, lang)}</span>
        ) : (
          <span className="cluster-slide__value cluster-slide__value--unknown">{t.notPublished}</span>
        )}
        <span className="cluster-slide__label">
          {t.clusterShare}
          {bound !== null ? ` – ${t.atMostDerived(formatPercent(bound, lang))}` : ''}
        </span>
      </div>
      <dl className="cluster-slide__facts">
        <div>
          <dt>{t.clusterMembers}</dt>
          <dd>
            {members.status === 'known'
              ? t.membersCount(members.qualifier, formatNumber(members.count, lang), members.year)
              : t.unknown}
          </dd>
        </div>
        <div>
          <dt>{t.clusterHome}</dt>
          <dd>{cluster.home[lang]}</dd>
        </div>
        <div>
          <dt>{t.clusterSector}</dt>
          <dd>{cluster.sector[lang]}</dd>
        </div>
        <div>
          <dt>{t.clusterExit}</dt>
          <dd>{formatDateRange(cluster.exit.date, cluster.exit.latest, lang)}</dd>
        </div>
      </dl>
    </div>
  );
}
