import type { LevelId } from '../../data/schema/common';
import { LevelFilter } from './level-filter';
import { NameSearch } from './name-search';
import { ResetFiltersButton } from './reset-filters-button';

/** Level toggles, name search and reset, side by side on wide screens and stacked on narrow ones. */
export function FilterBar({
  counts,
  search = true,
  levelDescription,
}: {
  counts: Readonly<Record<LevelId, number>>;
  search?: boolean;
  /** What the level chips' numbers count, when not the evaluated clusters. */
  levelDescription?: string;
}) {
  return (
    <div className="filter-bar">
      <LevelFilter counts={counts} description={levelDescription} />
      {search ? <NameSearch /> : null}
      <div className="filter-bar__reset">
        <ResetFiltersButton />
      </div>
    </div>
  );
}
