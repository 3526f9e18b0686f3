import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutSlot } from '../components/print/print-handout-slot';
import { programmeMessages } from '../features/programme/programme-messages';
import { ProgrammeView } from '../features/programme/programme-view';
import { useMessages } from '../i18n/use-messages';

export function ProgrammePage() {
  const t = useMessages(programmeMessages);
  return (
    <>
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>{(dataset) => <ProgrammeView dataset={dataset} />}</DatasetGate>
      <PrintHandoutSlot />
    </>
  );
}
