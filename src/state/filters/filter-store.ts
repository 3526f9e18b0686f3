import { create } from 'zustand';
import type { LevelId } from '../../data/schema/common';
import type { Lang } from '../../i18n/lang';
import {
  DEFAULT_FILTERS,
  MAX_QUERY_LENGTH,
  canonicalLevels,
  toggleLevel,
  type FilterState,
  type SortKey,
} from './filter-state';
import type { InvalidParam } from './url-codec';

export interface FilterStore extends FilterState {
  /** Parameters of the current URL that could not be used (shown as a quiet notice). */
  invalidParams: readonly InvalidParam[];
  toggleLevel: (level: LevelId) => void;
  setLevels: (levels: readonly LevelId[]) => void;
  setQuery: (q: string) => void;
  setSort: (sort: SortKey) => void;
  setLang: (lang: Lang) => void;
  /** Clears level and search (keeps language, sort and presentation). */
  resetFilters: () => void;
  /** Searches for `q` among all levels (a "did you mean" suggestion). */
  searchAllLevels: (q: string) => void;
  startPresenting: (slide?: number) => void;
  stopPresenting: () => void;
  setSlide: (slide: number) => void;
  /** Used only by the URL sync: replaces the state with what a URL says. */
  applyFromUrl: (state: FilterState, invalidParams: readonly InvalidParam[]) => void;
}

/**
 * The app's single in-memory home for filter state (level, search, sort, language, presentation,
 * slide). The URL is its serialised form; `url-sync.tsx` keeps the two in step.
 */
export const useFilterStore = create<FilterStore>()((set) => ({
  ...DEFAULT_FILTERS,
  invalidParams: [],
  toggleLevel: (level) => set((s) => ({ levels: toggleLevel(s.levels, level) })),
  setLevels: (levels) => set({ levels: canonicalLevels(levels) }),
  setQuery: (q) => set({ q: q.slice(0, MAX_QUERY_LENGTH) }),
  setSort: (sort) => set({ sort }),
  setLang: (lang) => set({ lang }),
  resetFilters: () => set({ levels: DEFAULT_FILTERS.levels, q: DEFAULT_FILTERS.q }),
  searchAllLevels: (q) => set({ levels: DEFAULT_FILTERS.levels, q: q.slice(0, MAX_QUERY_LENGTH) }),
  startPresenting: (slide = 1) => set({ present: true, slide: Math.max(1, Math.trunc(slide)) }),
  stopPresenting: () => set({ present: false, slide: DEFAULT_FILTERS.slide }),
  setSlide: (slide) => set({ slide: Math.max(1, Math.trunc(slide)) }),
  applyFromUrl: (state, invalidParams) => set({ ...state, invalidParams }),
}));

/** The plain filter values of the store, without its actions. */
export function pickFilters(store: FilterStore): FilterState {
  const { levels, q, sort, lang, present, slide } = store;
  return { levels, q, sort, lang, present, slide };
}

/** For tests and prerendering: back to the defaults. */
export function resetFilterStore(state: Partial<FilterState> = {}): void {
  useFilterStore.setState({ ...DEFAULT_FILTERS, ...state, invalidParams: [] });
}
