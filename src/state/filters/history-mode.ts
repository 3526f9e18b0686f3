import type { FilterState } from './filter-state';

/**
 * How a store change enters the browser history. Typing in the search replaces the entry (no flood
 * of history). Entering a presentation pushes one entry; moving between its slides and reveal steps
 * replaces that entry, so Back leaves the presentation for the view it was opened from, however many
 * slides were shown. Any other change (level, sort, language, entering or leaving a presentation)
 * pushes one, so Back undoes it.
 */
export function historyModeFor(prev: FilterState, next: FilterState): 'push' | 'replace' {
  const rest =
    prev.sort === next.sort &&
    prev.lang === next.lang &&
    prev.present === next.present &&
    prev.levels.join('~') === next.levels.join('~');
  const onlyQueryChanged = rest && prev.q !== next.q && prev.slide === next.slide && prev.step === next.step;
  const onlySlideChanged = rest && next.present && prev.q === next.q;
  return onlyQueryChanged || onlySlideChanged ? 'replace' : 'push';
}
