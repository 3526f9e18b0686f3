import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useDataset } from '../../data/use-dataset';
import type { Dataset } from '../../data/validate';
import { shellMessages } from '../../i18n/shell-messages';
import { useMessages } from '../../i18n/use-messages';
import { DataErrorAlert } from './data-error-alert';

/**
 * Renders its children with the validated dataset; until then a loading status, and on failure
 * the alert with a retry. Never a blank page, never partial figures.
 */
export function DatasetGate({ children }: { children: (dataset: Dataset) => ReactNode }) {
  const t = useMessages(shellMessages);
  const query = useDataset();
  if (query.isSuccess) return <>{children(query.data)}</>;
  if (query.isError) {
    return <DataErrorAlert error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />;
  }
  return (
    <div role="status" className="loading-status">
      <Spinner aria-hidden="true" data-size="sm" />
      <Paragraph>{t.loading}</Paragraph>
    </div>
  );
}
