import type { PartialDate } from '../../data/schema/common';
import type { Source } from '../../data/schema/sources';
import { defineMessages } from '../../i18n/define-messages';
import type { Lang } from '../../i18n/lang';

/** The dataset's licence (docs/decisions/062-data-licence.md). */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const messages = defineMessages({
  nb: {
    datasetTitle: 'Klyngeinnsikt: Klyngeprogrammet og Menon Economics’ evaluering av 19 klynger (datasett)',
    sources: 'Kilder',
    more: (count: number) => `og ${count} andre kilder (se kildesiden)`,
    dataDate: (date: string) => `Dataenes dato: ${date} (nyeste kildedato, avledet)`,
    undated: 'Dataenes dato: ikke publisert',
    accessed: (date: string) => `lest ${date}`,
    licence: `Lisens: ${DATA_LICENCE.name}`,
  },
  en: {
    datasetTitle:
      'Klyngeinnsikt: the Norwegian cluster programme and Menon Economics’ evaluation of 19 clusters (dataset)',
    sources: 'Sources',
    more: (count: number) => `and ${count} more sources (see the sources page)`,
    dataDate: (date: string) => `Data as of ${date} (the newest source date, derived)`,
    undated: 'Data as of: not published',
    accessed: (date: string) => `accessed ${date}`,
    licence: `Licence: ${DATA_LICENCE.name}`,
  },
});

export interface CitationParts {
  lang: Lang;
  /** The chart's or view's title (ignored for the dataset, which has its own). */
  title: string;
  /** The sources the chart or view rests on. */
  sources: readonly Pick<Source, 'publisher' | 'title' | 'date'>[];
  /** The date of the data: the newest source date in the dataset (derived). */
  dataDate: PartialDate | null;
  /** The absolute URL of this exact view, filter included. */
  url: string;
  /** Today, "YYYY-MM-DD"; empty to leave it out. */
  accessed: string;
}

const MAX_SOURCES = 4;

function sourceList(sources: CitationParts['sources'], lang: Lang): string {
  const named = sources
    .slice(0, MAX_SOURCES)
    .map((s) => `${s.publisher}: «${s.title}»${s.date ? ` (${s.date.raw})` : ''}`);
  const rest = sources.length - named.length;
  return [...named, ...(rest > 0 ? [messages[lang].more(rest)] : [])].join('; ');
}

/**
 * A citation of a chart or view as text, in the interface's language: «Title». Klyngeinnsikt. Sources: …
 * Data as of … (derived). URL (accessed …). Licence.
 */
export function citationText({ lang, title, sources, dataDate, url, accessed }: CitationParts): string {
  const m = messages[lang];
  return [
    `«${title}».`,
    'Klyngeinnsikt.',
    sources.length > 0 ? `${m.sources}: ${sourceList(sources, lang)}.` : '',
    `${dataDate ? m.dataDate(dataDate.raw) : m.undated}.`,
    accessed === '' ? `${url}.` : `${url} (${m.accessed(accessed)}).`,
    `${m.licence}.`,
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** The dataset's title in a language. */
export const datasetTitle = (lang: Lang): string => messages[lang].datasetTitle;

/** The dataset as text to cite: as a view, with the dataset's title. */
export function datasetCitationText(parts: Omit<CitationParts, 'title'>): string {
  return citationText({ ...parts, title: datasetTitle(parts.lang) });
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

/** The dataset as a BibTeX `@misc` entry (biblatex reads `urldate`; plain BibTeX shows the note). */
export function datasetBibtex(parts: Omit<CitationParts, 'title'>): string {
  const year = parts.dataDate?.year;
  const fields: [string, string][] = [
    ['title', `{${bibEscape(datasetTitle(parts.lang))}}`],
    ['author', '{Klyngeinnsikt}'],
    ...(year === undefined ? [] : ([['year', String(year)]] as [string, string][])),
    ['howpublished', 'Dataset'],
    ['url', parts.url],
    ...(parts.accessed === '' ? [] : ([['urldate', parts.accessed]] as [string, string][])),
    [
      'note',
      bibEscape(
        [
          parts.sources.length > 0 ? `${messages[parts.lang].sources}: ${sourceList(parts.sources, parts.lang)}` : '',
          parts.dataDate ? messages[parts.lang].dataDate(parts.dataDate.raw) : messages[parts.lang].undated,
          messages[parts.lang].licence,
        ]
          .filter(Boolean)
          .join('. '),
      ),
    ],
  ];
  const key = `klyngeinnsikt${year === undefined ? '' : String(year)}`;
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** The dataset as a RIS record (type DATA), for Zotero, EndNote and Mendeley. */
export function datasetRis(parts: Omit<CitationParts, 'title'>): string {
  const m = messages[parts.lang];
  const date = parts.dataDate;
  const lines: [string, string][] = [
    ['TY', 'DATA'],
    ['TI', datasetTitle(parts.lang)],
    ['AU', 'Klyngeinnsikt'],
    ...(date ? ([['PY', String(date.year)]] as [string, string][]) : []),
    ...(date ? ([['DA', date.raw.replace(/-/g, '/')]] as [string, string][]) : []),
    ['UR', parts.url],
    ...(parts.accessed === '' ? [] : ([['Y2', parts.accessed.replace(/-/g, '/')]] as [string, string][])),
    ['LA', parts.lang === 'nb' ? 'nob' : 'eng'],
    ...(parts.sources.length > 0
      ? ([['N1', `${m.sources}: ${sourceList(parts.sources, parts.lang)}`]] as [string, string][])
      : []),
    ['N1', date ? m.dataDate(date.raw) : m.undated],
    ['N1', `${m.licence} (${DATA_LICENCE.url})`],
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n')}\r\n`;
}
