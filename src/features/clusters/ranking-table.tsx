import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { TableScroll } from '../../components/ui/table-scroll';
import { AppLink } from '../../components/ui/app-link';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { clusterMessages } from './cluster-messages';
import type { RankingRow } from './ranking-rows';

/** The ranking as a data table: rank, cluster (linked), level, share or "not published (≤ 45 %)", home. */
export function RankingTable({ rows, caption }: { rows: readonly RankingRow[]; caption: string }) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  return (
    <TableScroll label={caption}>
      <Table zebra className="data-table">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t.colRank}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colCluster}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colLevel}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colShare}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colHome}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.slug}>
              <TableCell>{row.rank}</TableCell>
              <TableCell>
                <AppLink to={paths.cluster(row.slug)}>{row.name}</AppLink>
              </TableCell>
              <TableCell>{t.levelName[row.level]}</TableCell>
              <TableCell>
                {row.share !== null
                  ? formatPercent(row.share, lang)
                  : t.shareUnknown(row.upperBound === null ? null : formatPercent(row.upperBound, lang))}
              </TableCell>
              <TableCell>{row.home[lang]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
