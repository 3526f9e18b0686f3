import type { LevelId } from '../../data/schema/level-ids';
import type { Source } from '../../data/schema/sources';
import { describeSources, newestSourceDate } from '../../data/source-facts';
import type { Lang } from '../../i18n/lang';
import { toCsv, type CsvRows } from './csv';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';

/** What names an export: the chart, the interface's language, the filter and the data (for its year). */
export interface ExportContext {
  chartId: string;
  lang: Lang;
  levels: readonly LevelId[];
  q: string;
  sources: readonly Source[];
}

/** Downloads an export under its file name (view, filter, the data's year); returns the name. */
export function saveExport(blob: Blob, extension: string, context: ExportContext): string {
  const dataYear = newestSourceDate(context.sources)?.year ?? null;
  const name = exportFileName({ ...context, dataYear, extension });
  downloadBlob(blob, name);
  return name;
}

/** The chart's rows as CSV in the interface's spreadsheet format, sources by name and URL. */
export function csvBlob(rows: CsvRows, lang: Lang, sources: readonly Source[]): Blob {
  return new Blob([toCsv(rows, lang, describeSources(sources))], { type: 'text/csv;charset=utf-8' });
}
