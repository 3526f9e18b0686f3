import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { timelineMessages } from '../features/timeline/timeline-messages';
import { TimelineTable } from '../features/timeline/timeline-table';
import { useMessages } from '../i18n/use-messages';

export function TimelinePage() {
  const t = useMessages(timelineMessages);
  return (
    <>
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>{(dataset) => <TimelineTable events={dataset.events} />}</DatasetGate>
    </>
  );
}
