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
  /** Moves to a slide, shown whole (a reveal belongs to the slide it was set on). */
  setSlide: (slide: number) => void;
  /** Reveal on (how many rows are shown) or off (null) on the current slide. */
  setStep: (step: number | null) => void;
  /** A slide and its reveal step at once (one step through the deck is one URL change). */
  setPosition: (slide: number, step: number | null) => void;
  /**
   * Used only by the speaker window: shows where the presenting window stands (its slide, reveal step
   * and the filters that decide its deck), in one change.
   */
  followPresentation: (position: { slide: number; step: number | null; levels: readonly LevelId[]; q: string }) => void;
  /** Used only by the URL sync: replaces the state with what a URL says. */
  applyFromUrl: (state: FilterState, invalidParams: readonly InvalidParam[]) => void;
}

const toSlide = (n: number) => Math.max(1, Math.trunc(n));

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
  startPresenting: (slide = 1) => set({ present: true, slide: toSlide(slide), step: null }),
  stopPresenting: () => set({ present: false, slide: DEFAULT_FILTERS.slide, step: null }),
  setSlide: (slide) => set({ slide: toSlide(slide), step: null }),
  setStep: (step) => set({ step: step === null ? null : toSlide(step) }),
  setPosition: (slide, step) => set({ slide: toSlide(slide), step: step === null ? null : toSlide(step) }),
  followPresentation: ({ slide, step, levels, q }) =>
    set({
      present: true,
      slide: toSlide(slide),
      step: step === null ? null : toSlide(step),
      levels: canonicalLevels(levels),
      q: q.slice(0, MAX_QUERY_LENGTH),
    }),
  applyFromUrl: (state, invalidParams) => set({ ...state, invalidParams }),
}));

/** The plain filter values of the store, without its actions. */
export function pickFilters(store: FilterStore): FilterState {
  const { levels, q, sort, lang, present, slide, step } = store;
  return { levels, q, sort, lang, present, slide, step };
}

/** For tests and prerendering: back to the defaults. */
export function resetFilterStore(state: Partial<FilterState> = {}): void {
  useFilterStore.setState({ ...DEFAULT_FILTERS, ...state, invalidParams: [] });
}
