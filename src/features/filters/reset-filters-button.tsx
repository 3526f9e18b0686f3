import { Button } from '@digdir/designsystemet-react';
import { useMessages } from '../../i18n/use-messages';
import { hasNarrowingFilters } from '../../state/filters/filter-state';
import { useFilterStore } from '../../state/filters/filter-store';
import { filterMessages } from './filter-messages';

/** Clears level and search; shown only while one of them narrows the view (or always, with `always`). */
export function ResetFiltersButton({ always = false }: { always?: boolean }) {
  const t = useMessages(filterMessages);
  const active = useFilterStore((s) => hasNarrowingFilters(s));
  const reset = useFilterStore((s) => s.resetFilters);
  if (!active && !always) return null;
  return (
    <Button variant="secondary" data-size="sm" onClick={reset}>
      {t.reset}
    </Button>
  );
}
