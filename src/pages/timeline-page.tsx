import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutSlot } from '../components/print/print-handout-slot';
import { FilterBar } from '../features/filters/filter-bar';
import { timelineMessages } from '../features/timeline/timeline-messages';
import { TimelineView } from '../features/timeline/timeline-view';
import { useDataset } from '../data/use-dataset';
import { milestoneYears, toMilestones } from '../features/timeline/milestones';
import { useMessages } from '../i18n/use-messages';

export function TimelinePage() {
  const t = useMessages(timelineMessages);
  const events = useDataset().data?.events;
  // The years of the programme's milestones, from the data (the heading before the data has none).
  const title = t.title(events ? milestoneYears(toMilestones(events)) : null);
  return (
    <>
      <PageHead title={title} description={t.lead} />
      <PageHeading>{title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>
        {(dataset) => (
          // The shared level filter (store + `level` parameter; no name search here) narrows the cluster periods.
          <TimelineView dataset={dataset} filterControl={(counts) => <FilterBar counts={counts} search={false} />} />
        )}
      </DatasetGate>
      <PrintHandoutSlot />
    </>
  );
}
