import { Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutFooter } from '../components/print/print-handout-footer';
import { ShareButton } from '../components/ui/share-button';
import { levelHistory } from '../domain/programme/level-history';
import { ClusterDetail } from '../features/clusters/cluster-detail';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { levelNames } from '../domain/levels';
import { DirectoryClusterDetail } from '../features/directory/directory-cluster-detail';
import { directoryMessages } from '../features/directory/directory-messages';
import { historyText } from '../features/directory/history-text';
import { LevelStrip } from '../features/directory/level-strip';
import { formatPercent } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';

// The suggestions ask the search index (MiniSearch): loaded only for a slug no cluster has.
const ClusterNotFound = lazy(() =>
  import('../features/clusters/cluster-not-found').then((m) => ({ default: m.ClusterNotFound })),
);

/**
 * /clusters/:slug for every cluster of the directory: an evaluated one keeps its evaluation panel and ranking
 * place (with its levels over time); any other gets its levels, facts, members and sources.
 */
export function ClusterPage() {
  const t = useMessages(clusterMessages);
  const d = useMessages(directoryMessages);
  const lang = useLang();
  const { slug = '' } = useParams();
  return (
    <DatasetGate>
      {(dataset) => {
        const entry = dataset.directory.find((c) => c.slug === slug);
        if (!entry) {
          return (
            <>
              <PageHead title={t.notFoundTitle} />
              <PageHeading>{t.notFoundTitle}</PageHeading>
              <Suspense fallback={null}>
                <ClusterNotFound slug={slug} clusters={dataset.directory} />
              </Suspense>
            </>
          );
        }
        const history = historyText(levelHistory(entry), levelNames(dataset.levels), d);
        const shareButton = <ShareButton label={t.share} title={entry.name} url={() => window.location.href} />;
        const cluster = dataset.clusters.find((c) => c.slug === slug);
        if (!cluster) {
          return (
            <>
              <PageHead title={entry.name} description={d.clusterDescription(entry.name, history)} />
              <PageHeading>{entry.name}</PageHeading>
              <Paragraph>{history}</Paragraph>
              <DirectoryClusterDetail cluster={entry} sources={dataset.sources} actions={shareButton} />
              <PrintHandoutFooter />
            </>
          );
        }
        const shareText =
          cluster.share.status === 'published' ? formatPercent(cluster.share.value, lang) : t.shareUnknown(null);
        return (
          <>
            <PageHead
              title={cluster.name}
              description={t.clusterDescription(cluster.name, levelNames(dataset.levels)[cluster.level], shareText)}
            />
            <PageHeading>{cluster.name}</PageHeading>
            <Paragraph>
              {t.clusterLead(levelNames(dataset.levels)[cluster.level], cluster.home[lang], cluster.sector[lang])}
            </Paragraph>
            <ClusterDetail
              dataset={dataset}
              cluster={cluster}
              actions={shareButton}
              history={<LevelStrip cluster={entry} />}
            />
            {/* The cluster handout's footer is prerendered, its QR drawing adopted when hydrating (ADR 030). */}
            <PrintHandoutFooter />
          </>
        );
      }}
    </DatasetGate>
  );
}
