import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { countByLevel } from '../features/levels/level-counts';
import { levelMessages } from '../features/levels/level-messages';
import { LevelsTable } from '../features/levels/levels-table';
import { useMessages } from '../i18n/use-messages';

export function LevelsPage() {
  const t = useMessages(levelMessages);
  return (
    <>
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>
        {(dataset) => <LevelsTable levels={dataset.levels} evaluatedCounts={countByLevel(dataset.clusters)} />}
      </DatasetGate>
    </>
  );
}
