import type { LevelId } from '../../data/schema/common';
import { LevelFilter } from './level-filter';
import { NameSearch } from './name-search';
import { ResetFiltersButton } from './reset-filters-button';

/** Level toggles, name search and reset, side by side on wide screens and stacked on narrow ones. */
export function FilterBar({ counts, search = true }: { counts: Readonly<Record<LevelId, number>>; search?: boolean }) {
  return (
    <div className="filter-bar">
      <LevelFilter counts={counts} />
      {search ? <NameSearch /> : null}
      <div className="filter-bar__reset">
        <ResetFiltersButton />
      </div>
    </div>
  );
}
