import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { timelineMessages } from '../features/timeline/timeline-messages';
import { TimelineView } from '../features/timeline/timeline-view';
import { useMessages } from '../i18n/use-messages';

export function TimelinePage() {
  const t = useMessages(timelineMessages);
  return (
    <>
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>
        {(dataset) => (
          <TimelineView
            dataset={dataset}
            // SLOT (lead): the shared level filter goes here, e.g. filterControl={<LevelFilter />} from
            // features/filters. It narrows the cluster periods through the store; no second control here.
            filterControl={null}
          />
        )}
      </DatasetGate>
    </>
  );
}
