import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { TableScroll } from '../../components/ui/table-scroll';
import type { LevelId } from '../../data/schema/common';
import type { Level } from '../../data/schema/levels';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { levelMessages } from './level-messages';

/** The four levels as a table: what each is, how many clusters, when it started, how many evaluated. */
export function LevelsTable({
  levels,
  evaluatedCounts,
}: {
  levels: readonly Level[];
  evaluatedCounts: Readonly<Record<LevelId, number>>;
}) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  return (
    <TableScroll label={t.tableCaption}>
      <Table zebra className="data-table">
        <caption>{t.tableCaption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.colLevel}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colWhat}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colCount}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colStarted}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colEvaluated}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {levels.map((level) => (
            <TableRow key={level.id}>
              <TableHeaderCell scope="row">{level.name}</TableHeaderCell>
              <TableCell>{level.description.text[lang]}</TableCell>
              <TableCell>
                {level.count.status === 'known' ? formatNumber(level.count.value, lang) : t.countUnknown}
              </TableCell>
              <TableCell>{formatPartialDate(level.started.date, lang)}</TableCell>
              <TableCell>{formatNumber(evaluatedCounts[level.id], lang)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
