import type { CsvRows } from '../../components/export/csv';
import type { LevelId } from '../../data/schema/common';
import type { Boundary } from '../../data/schema/sourced-values';
import type { Lang } from '../../i18n/lang';
import type { ProgrammePeriod } from './programme-periods';

const HEADERS: Record<Lang, readonly string[]> = {
  nb: ['Klynge', 'Nivå', 'Start', 'Slutt', 'Evaluert', 'Kilder'],
  en: ['Cluster', 'Level', 'Start', 'End', 'Evaluated', 'Sources'],
};

/** A boundary as the source gives it ("2014", "2018/2019" where sources disagree); unknown is an empty cell. */
const raw = (b: Boundary): string | null =>
  b.status === 'unknown'
    ? null
    : b.values.map((v) => (v.latest ? `${v.date.raw}..${v.latest.raw}` : v.date.raw)).join(' / ');

/** Every period of the directory figure as CSV: header, then one row per cluster and level. */
export function toProgrammePeriodCsvRows(
  periods: readonly ProgrammePeriod[],
  names: Readonly<Record<LevelId, string>>,
  lang: Lang,
): CsvRows {
  return [
    HEADERS[lang],
    ...periods.map((p) => [
      p.name,
      names[p.level],
      raw(p.start),
      raw(p.end),
      p.evaluated ? 'x' : null,
      p.sources.join(' '),
    ]),
  ];
}
