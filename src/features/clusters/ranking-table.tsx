import { Table, TableBody, TableHead, TableHeaderCell } from '@digdir/designsystemet-react';
import { VirtualRows } from '../../components/table/virtual-rows';
import { TableScroll } from '../../components/ui/table-scroll';
import { AppLink } from '../../components/ui/app-link';
import { formatPercent } from '../../i18n/format';
import { useLevelNames } from '../../domain/use-level-names';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import type { SortKey } from '../../state/filters/filter-state';
import { clusterMessages } from './cluster-messages';
import type { RankingRow } from './ranking-rows';

/**
 * The ranking as a data table: rank, cluster (linked to its page), level, share or
 * "not published (≤ 45 %, derived)", home. Rank, cluster and level headers sort (`sort=` in the URL).
 * Above 200 rows only the rows near the viewport are rendered (VirtualRows; the real 19 render in full).
 */
export function RankingTable({
  rows,
  caption,
  sort,
  onSort,
}: {
  rows: readonly RankingRow[];
  caption: string;
  sort?: SortKey;
  onSort?: (sort: SortKey) => void;
}) {
  const t = useMessages(clusterMessages);
  const levelName = useLevelNames();
  const lang = useLang();
  const header = (key: SortKey, label: string) =>
    onSort ? (
      <TableHeaderCell
        scope="col"
        sort={sort === key ? 'ascending' : 'none'}
        onClick={() => onSort(key)}
        title={t.sortBy(label)}
      >
        {label}
      </TableHeaderCell>
    ) : (
      <TableHeaderCell scope="col">{label}</TableHeaderCell>
    );
  return (
    <TableScroll label={caption}>
      <Table zebra className="data-table ranking-table" aria-rowcount={rows.length + 1}>
        <caption>{caption}</caption>
        <TableHead>
          <tr>
            {header('rank', t.colRank)}
            {header('name', t.colCluster)}
            {header('level', t.colLevel)}
            <TableHeaderCell scope="col">{t.colShare}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colHome}</TableHeaderCell>
          </tr>
        </TableHead>
        <TableBody>
          <VirtualRows
            rows={rows}
            columns={5}
            renderRow={(row, _index, rowProps) => (
              <tr key={row.slug} {...rowProps}>
                <td>{row.rank}</td>
                <TableHeaderCell scope="row">
                  <AppLink to={paths.cluster(row.slug)}>{row.name}</AppLink>
                </TableHeaderCell>
                <td>{levelName[row.level]}</td>
                <td className={row.share === null ? 'share-unknown' : undefined}>
                  {row.share !== null
                    ? formatPercent(row.share, lang)
                    : t.shareUnknown(row.upperBound === null ? null : formatPercent(row.upperBound, lang))}
                </td>
                <td>{row.home[lang]}</td>
              </tr>
            )}
          />
        </TableBody>
      </Table>
    </TableScroll>
  );
}
