import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { TableScroll } from '../../components/ui/table-scroll';
import type { TimelineEvent } from '../../data/schema/timeline';
import { formatDateRange } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { timelineMessages } from './timeline-messages';

/** Programme milestones as a table: when (at the source's precision), what, and the source ids. */
export function TimelineTable({ events }: { events: readonly TimelineEvent[] }) {
  const t = useMessages(timelineMessages);
  const lang = useLang();
  return (
    <TableScroll label={t.tableCaption}>
      <Table zebra className="data-table">
        <caption>{t.tableCaption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colEvent}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colSources}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell className="nowrap">{formatDateRange(event.date, event.end, lang)}</TableCell>
              <TableCell>{event.text[lang]}</TableCell>
              <TableCell>{event.sources.join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
