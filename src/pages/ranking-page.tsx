import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { toRankingRows } from '../features/clusters/ranking-rows';
import { RankingTable } from '../features/clusters/ranking-table';
import { useMessages } from '../i18n/use-messages';

export function RankingPage() {
  const t = useMessages(clusterMessages);
  return (
    <>
      <PageHead title={t.rankingTitle} description={t.rankingLead} />
      <PageHeading>{t.rankingTitle}</PageHeading>
      <Paragraph>{t.rankingLead}</Paragraph>
      <DatasetGate>
        {(dataset) => <RankingTable rows={toRankingRows(dataset.clusters)} caption={t.tableCaption} />}
      </DatasetGate>
    </>
  );
}
