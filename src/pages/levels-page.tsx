import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutSlot } from '../components/print/print-handout-slot';
import { levelMessages } from '../features/levels/level-messages';
import { LevelsOverview } from '../features/levels/levels-overview';
import { useDataset } from '../data/use-dataset';
import { evaluatedCount } from '../domain/evaluated';
import { useMessages } from '../i18n/use-messages';

export function LevelsPage() {
  const t = useMessages(levelMessages);
  const data = useDataset().data;
  const lead = t.lead(data ? data.levels.length : null, data ? evaluatedCount(data) : null);
  return (
    <>
      <PageHead title={t.title} description={lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{lead}</Paragraph>
      <DatasetGate>{(dataset) => <LevelsOverview dataset={dataset} />}</DatasetGate>
      <PrintHandoutSlot />
    </>
  );
}
