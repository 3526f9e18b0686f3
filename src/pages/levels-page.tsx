import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { levelMessages } from '../features/levels/level-messages';
import { LevelsOverview } from '../features/levels/levels-overview';
import { useMessages } from '../i18n/use-messages';

export function LevelsPage() {
  const t = useMessages(levelMessages);
  return (
    <>
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>{(dataset) => <LevelsOverview dataset={dataset} />}</DatasetGate>
    </>
  );
}
