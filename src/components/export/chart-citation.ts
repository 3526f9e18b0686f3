import type { Source } from '../../data/schema/sources';
import { newestSourceDate } from '../../data/source-facts';
import type { Lang } from '../../i18n/lang';
import { citationText } from './citation';
import { sourceIdsOf, type CsvRows } from './csv';

/**
 * A chart's citation in the interface's language: its title, Klyngeinnsikt, the sources of its rows (as in
 * its CSV), the date of the data (derived), the link to this exact view, today's date and the licence.
 */
export function chartCitation({
  lang,
  title,
  csvRows,
  sources,
  link,
  today = new Date(),
}: {
  lang: Lang;
  title: string;
  csvRows: CsvRows | undefined;
  sources: readonly Source[];
  link: string;
  today?: Date;
}): string {
  return citationText({
    lang,
    title,
    sources: sourceIdsOf(csvRows ?? []).flatMap((id) => sources.filter((s) => s.id === id)),
    dataDate: newestSourceDate(sources),
    url: link,
    accessed: today.toISOString().slice(0, 10),
  });
}
