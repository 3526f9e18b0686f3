import { Paragraph } from '@digdir/designsystemet-react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutSlot } from '../components/print/print-handout-slot';
import { AccessibilityStatement } from '../features/sources/accessibility-statement';
import { DatasetDownloadSection } from '../features/sources/dataset-download-section';
import { sourcesMessages } from '../features/sources/sources-messages';
import { ReuseSection } from '../features/sources/reuse-section';
import { SourcesView } from '../features/sources/sources-view';
import { useMessages } from '../i18n/use-messages';

export function SourcesPage() {
  const t = useMessages(sourcesMessages);
  return (
    <>
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>
        {(dataset) => (
          <>
            <SourcesView dataset={dataset} />
            <ReuseSection dataset={dataset} />
            <DatasetDownloadSection />
          </>
        )}
      </DatasetGate>
      <AccessibilityStatement />
      <PrintHandoutSlot />
    </>
  );
}
