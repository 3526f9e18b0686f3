import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import { DEFAULT_LANG, type Lang } from '../../i18n/lang';

/** `first-year` (first year in the programme) orders the directory; views without it keep their own order. */
export const SORT_KEYS = ['rank', 'name', 'level', 'first-year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Everything a view's link carries besides its path. The URL is this state's serialised form. */
export interface FilterState {
  /** Selected levels in canonical order; empty = all levels. */
  levels: readonly LevelId[];
  /** Name search, as typed. */
  q: string;
  sort: SortKey;
  lang: Lang;
  present: boolean;
  /** 1-based slide within presentation mode. */
  slide: number;
  /**
   * On a slide that reveals its rows one at a time: how many are shown (1-based). Null: reveal is off
   * and the slide is shown whole. Only within presentation mode, and only for the slide it was set on.
   */
  step: number | null;
}

export const DEFAULT_FILTERS: FilterState = {
  levels: [],
  q: '',
  sort: 'rank',
  lang: DEFAULT_LANG,
  present: false,
  slide: 1,
  step: null,
};

export const MAX_QUERY_LENGTH = 100;
export const MAX_SLIDE = 10_000;

/** Dedupes and orders levels as LEVEL_IDS does, so equal selections serialise equally. */
export function canonicalLevels(levels: Iterable<LevelId>): LevelId[] {
  const chosen = new Set(levels);
  return LEVEL_IDS.filter((id) => chosen.has(id));
}

export function toggleLevel(levels: readonly LevelId[], level: LevelId): LevelId[] {
  return levels.includes(level) ? levels.filter((l) => l !== level) : canonicalLevels([...levels, level]);
}

/** Whether any filter that narrows the data (level, search) is active. */
export function hasNarrowingFilters(state: Pick<FilterState, 'levels' | 'q'>): boolean {
  return state.levels.length > 0 || state.q.trim() !== '';
}

/** Whether an item at `level` passes the level filter (empty selection = every level). */
export function matchesLevels(levels: readonly LevelId[], level: LevelId): boolean {
  return levels.length === 0 || levels.includes(level);
}
