import { TableHeaderCell } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/table/data-table';
import { AppLink } from '../../components/ui/app-link';
import type { KnownOrUnknownText } from '../../data/schema/directory';
import { formatList } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useLevelNames } from '../../domain/use-level-names';
import { paths } from '../../lib/paths';
import { directoryMessages } from './directory-messages';
import type { DirectoryRow } from './directory-rows';
import { historyText } from './history-text';
import { placeText } from './place-text';

function textOf(value: KnownOrUnknownText, lang: Lang, unknown: string): string {
  return 'status' in value ? unknown : value[lang];
}

/** The directory as a table: cluster (linked, with former names), levels over time, home, sector, evaluated. */
export function DirectoryTable({ rows, ranked }: { rows: readonly DirectoryRow[]; ranked: number }) {
  const t = useMessages(directoryMessages);
  const levelName = useLevelNames();
  const lang = useLang();
  return (
    <DataTable
      caption={t.caption}
      columns={[t.colCluster, t.colHistory, t.colHome, t.colSector, t.colEvaluated]}
      size="sm"
    >
      {rows.map((row) => {
        const place = placeText(row.home, row.county, lang, t.notPublished);
        return (
          <tr key={row.slug} data-slug={row.slug}>
            <TableHeaderCell scope="row">
              <AppLink to={paths.cluster(row.slug)}>{row.name}</AppLink>
              {row.formerNames.length > 0 ? (
                <span className="directory-former">{t.formerly(formatList(row.formerNames, lang))}</span>
              ) : null}
            </TableHeaderCell>
            <td>{historyText(row.segments, levelName, t)}</td>
            <td>{place}</td>
            <td>{textOf(row.sector, lang, t.notPublished)}</td>
            <td>
              {row.rank === null ? (
                t.notEvaluated
              ) : (
                <AppLink to={paths.cluster(row.slug)} hash="evaluation">
                  {t.evaluatedRank(row.rank, ranked)}
                </AppLink>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
