import { Paragraph } from '@digdir/designsystemet-react';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';
import type { ViewSummary } from './ranking-filters';

/** One generated sentence about the current view, in a polite live region so filter changes are announced. */
export function RankingSummary({ summary }: { summary: ViewSummary }) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  const parts = [t.summary(summary.shown, summary.total)];
  if (summary.shown > 0) {
    parts.push(
      t.summaryPublished(
        summary.published,
        summary.highest?.name ?? null,
        summary.highest?.share != null ? formatPercent(summary.highest.share, lang) : null,
      ),
    );
    if (summary.maxBound !== null) parts.push(t.summaryBound(formatPercent(summary.maxBound, lang)));
  }
  return (
    <Paragraph className="ranking-summary" role="status" aria-live="polite" aria-atomic="true">
      {parts.join(' ')}
    </Paragraph>
  );
}
