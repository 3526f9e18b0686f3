import './filters.css';
import { Textfield } from '@digdir/designsystemet-react';
import { useMessages } from '../../i18n/use-messages';
import { MAX_QUERY_LENGTH } from '../../state/filters/filter-state';
import { useFilterStore } from '../../state/filters/filter-store';
import { filterMessages } from './filter-messages';

/** The name search. Typing replaces the history entry (no flood of Back steps); the text is shown, never run. */
export function NameSearch() {
  const t = useMessages(filterMessages);
  const q = useFilterStore((s) => s.q);
  const setQuery = useFilterStore((s) => s.setQuery);
  return (
    <Textfield
      className="name-search"
      label={t.searchLabel}
      description={t.searchDescription}
      type="search"
      autoComplete="off"
      maxLength={MAX_QUERY_LENGTH}
      value={q}
      onChange={(event) => setQuery(event.target.value)}
    />
  );
}
