import { useFilterStore } from '../state/filters/filter-store';
import type { Lang } from './lang';

/** The current interface language; its one home is the filter store (and so the URL). */
export function useLang(): Lang {
  return useFilterStore((state) => state.lang);
}

/** The messages of one part of the app, in the current language. */
export function useMessages<M>(messages: Record<Lang, M>): M {
  return messages[useLang()];
}
