import type { Source } from '../../data/schema/sources';
import type { Lang } from '../../i18n/lang';
import { chartCitation } from './chart-citation';
import { CitationPanel } from './citation-panel';
import type { CsvRows } from './csv';

/** The chart's citation to read and copy, loaded when first opened (not with the view). */
export default function ChartCitePanel({
  id,
  label,
  ...parts
}: {
  id: string;
  label: string;
  lang: Lang;
  title: string;
  csvRows: CsvRows | undefined;
  sources: readonly Source[];
  link: string;
}) {
  return <CitationPanel id={id} label={label} text={chartCitation(parts)} />;
}
