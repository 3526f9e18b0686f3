import '../components/export/export.css';
import type { ComponentType } from 'react';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { exportMessages } from '../components/export/export-messages';
import { useCurrentLink } from '../components/ui/current-link';
import type { Dataset } from '../data/validate';
import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';

export interface EmbedPageProps {
  /** The figure alone (the view's embed component for the chart). */
  Figure: ComponentType<{ dataset: Dataset }>;
  /** The path of the view the chart belongs to, for the link back. */
  viewPath: string;
}

/**
 * /embed/<chartId>: one chart for other sites to frame (ADR 063): the figure with its title, summary,
 * source line and table, and a link back to the full view with the same filter and language.
 */
export function EmbedPage({ Figure, viewPath }: EmbedPageProps) {
  const t = useMessages(exportMessages);
  const shell = useMessages(shellMessages);
  const fullView = useCurrentLink({ pathname: viewPath, presentation: false });
  return (
    <>
      <PageHead title={t.embedPageTitle} />
      {/* The page's one <h1> names where the chart comes from; the chart's own title follows as <h2>. */}
      <h1 className="embed-brand">{shell.productName}</h1>
      <DatasetGate>{(dataset) => <Figure dataset={dataset} />}</DatasetGate>
      <p className="embed-footer">
        <a href={fullView} target="_blank" rel="noopener">
          {t.embedFullView}
        </a>
        <span>{t.embedLicence}</span>
      </p>
    </>
  );
}

/** The embed page of one chart of a view, as a route component; a chart without its figure is an error. */
export function embedPageFor(
  chartId: string,
  Figure: ComponentType<{ dataset: Dataset }> | undefined,
  viewPath: string,
): ComponentType {
  if (!Figure) throw new Error(`No embed figure for the chart "${chartId}"`);
  return function ChartEmbedPage() {
    return <EmbedPage Figure={Figure} viewPath={viewPath} />;
  };
}
