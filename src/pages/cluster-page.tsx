import { Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutFooter } from '../components/print/print-handout-footer';
import { ShareButton } from '../components/ui/share-button';
import { ClusterDetail } from '../features/clusters/cluster-detail';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { levelNames } from '../domain/levels';
import { formatPercent } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';

// The suggestions ask the search index (MiniSearch): loaded only for a slug no cluster has.
const ClusterNotFound = lazy(() =>
  import('../features/clusters/cluster-not-found').then((m) => ({ default: m.ClusterNotFound })),
);

export function ClusterPage() {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  const { slug = '' } = useParams();
  return (
    <DatasetGate>
      {(dataset) => {
        const cluster = dataset.clusters.find((c) => c.slug === slug);
        if (!cluster) {
          return (
            <>
              <PageHead title={t.notFoundTitle} />
              <PageHeading>{t.notFoundTitle}</PageHeading>
              <Suspense fallback={null}>
                <ClusterNotFound slug={slug} clusters={dataset.clusters} />
              </Suspense>
            </>
          );
        }
        const share =
          cluster.share.status === 'published' ? formatPercent(cluster.share.value, lang) : t.shareUnknown(null);
        return (
          <>
            <PageHead
              title={cluster.name}
              description={t.clusterDescription(cluster.name, levelNames(dataset.levels)[cluster.level], share)}
            />
            <PageHeading>{cluster.name}</PageHeading>
            <Paragraph>
              {t.clusterLead(levelNames(dataset.levels)[cluster.level], cluster.home[lang], cluster.sector[lang])}
            </Paragraph>
            <ClusterDetail
              dataset={dataset}
              cluster={cluster}
              actions={<ShareButton label={t.share} title={cluster.name} url={() => window.location.href} />}
            />
            {/* The cluster handout's footer is prerendered, its QR drawing adopted when hydrating (ADR 030). */}
            <PrintHandoutFooter />
          </>
        );
      }}
    </DatasetGate>
  );
}
