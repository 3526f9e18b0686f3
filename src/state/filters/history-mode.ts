import type { FilterState } from './filter-state';

/**
 * How a store change enters the browser history: typing in the search replaces the entry (no flood
 * of history); any other change (level, sort, language, presentation, slide) pushes one, so Back undoes it.
 */
export function historyModeFor(prev: FilterState, next: FilterState): 'push' | 'replace' {
  const onlyQueryChanged =
    prev.q !== next.q &&
    prev.sort === next.sort &&
    prev.lang === next.lang &&
    prev.present === next.present &&
    prev.slide === next.slide &&
    prev.levels.join('~') === next.levels.join('~');
  return onlyQueryChanged ? 'replace' : 'push';
}
