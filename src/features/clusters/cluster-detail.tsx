import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { CitedSourcesSection } from '../../components/data/cited-sources-section';
import { AppLink } from '../../components/ui/app-link';
import type { Cluster } from '../../data/schema/clusters';
import type { Dataset } from '../../data/validate';
import { useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { ClusterFacts } from './cluster-facts';
import { clusterMessages } from './cluster-messages';
import { neighbours } from './cluster-neighbours';
import { ClusterQuotes } from './cluster-quotes';
import { evaluatedCount, exitPeriodText } from '../../domain/evaluated';
import { rankWithinLevel } from '../../domain/level-groups';
import { toRankingRows } from './ranking-rows';
import './clusters.css';

/** One cluster's page body (below its <h1>): figures, quotes, sources, previous/next in the ranking. */
export function ClusterDetail({
  dataset,
  cluster,
  actions,
  history,
}: {
  dataset: Dataset;
  cluster: Cluster;
  actions?: ReactNode;
  /** The cluster's levels over time (composed by the page), shown after the evaluation's figures. */
  history?: ReactNode;
}) {
  const t = useMessages(clusterMessages);
  const rows = toRankingRows(dataset.clusters);
  const row = rows.find((r) => r.slug === cluster.slug);
  const withinLevel = rankWithinLevel(rows, cluster.slug);
  const { previous, next } = neighbours(dataset.clusters, cluster.slug);
  const quotes = dataset.evaluation.quotes.filter((q) => q.cluster === cluster.slug);
  const sources = dataset.sources.filter((s) => cluster.sources.includes(s.id));
  if (!row || !withinLevel) return null;
  return (
    <>
      {actions ? <div className="cluster-actions">{actions}</div> : null}
      <div id="evaluation">
        <ClusterFacts cluster={cluster} row={row} total={rows.length} withinLevel={withinLevel} />
      </div>
      {history}
      <ClusterQuotes quotes={quotes} />
      <CitedSourcesSection sources={sources} heading={t.sourcesHeading} />
      <nav aria-label={t.clusterNav} className="cluster-nav">
        <ul>
          <li>
            {previous ? (
              <AppLink to={paths.cluster(previous.slug)} rel="prev">
                ← {t.prevCluster}: {previous.name}
              </AppLink>
            ) : null}
          </li>
          <li>
            <AppLink to={paths.ranking()}>{t.backToRanking}</AppLink>
          </li>
          <li>
            {next ? (
              <AppLink to={paths.cluster(next.slug)} rel="next">
                {t.nextCluster}: {next.name} →
              </AppLink>
            ) : null}
          </li>
        </ul>
      </nav>
      <Paragraph data-size="sm" className="cluster-footnote">
        {t.rankingLead(evaluatedCount(dataset), exitPeriodText(dataset))}
      </Paragraph>
    </>
  );
}
