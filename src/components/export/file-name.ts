import type { LevelId } from '../../data/schema/common';
import { defineMessages } from '../../i18n/define-messages';
import type { Lang } from '../../i18n/lang';

const names = defineMessages({
  nb: {
    views: {
      ranking: 'rangering',
      'levels-rank': 'nivaer',
      'timeline-milestones': 'milepaeler',
      'timeline-periods': 'perioder',
    },
    search: 'sok',
  },
  en: {
    views: {
      ranking: 'ranking',
      'levels-rank': 'levels',
      'timeline-milestones': 'milestones',
      'timeline-periods': 'periods',
    },
    search: 'search',
  },
});

/** Lower-case ASCII words joined by hyphens ("Tromsø Media" → "tromso-media"). */
function slugPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export interface ExportNameParts {
  chartId: string;
  lang: Lang;
  /** The level filter (empty: all levels, not named). */
  levels: readonly LevelId[];
  /** The search (empty: not named). */
  q: string;
  /** The year of the data (the newest source date), or null when unknown. */
  dataYear: number | null;
  extension: string;
}

/**
 * A file name that says the view, the filter and the data's year, in the interface's language:
 * "klyngeinnsikt-rangering-nce-2024.csv", "klyngeinnsikt-ranking-nce-search-media-2024.csv".
 */
export function exportFileName({ chartId, lang, levels, q, dataYear, extension }: ExportNameParts): string {
  const n = names[lang];
  const views: Readonly<Record<string, string | undefined>> = n.views;
  const query = slugPart(q);
  const parts = [
    'klyngeinnsikt',
    views[chartId] ?? (slugPart(chartId) || 'chart'),
    ...levels,
    ...(query === '' ? [] : [n.search, query]),
    ...(dataYear === null ? [] : [String(dataYear)]),
  ];
  return `${parts.join('-')}.${extension}`;
}
