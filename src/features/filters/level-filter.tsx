import './filters.css';
import { Chip, Fieldset } from '@digdir/designsystemet-react';
import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import { useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';
import { filterMessages } from './filter-messages';

const LEVEL_LABEL: Record<LevelId, string> = { arena: 'Arena', 'arena-pro': 'Arena Pro', nce: 'NCE', gce: 'GCE' };

/**
 * Level toggles (several at once), each with how many of the evaluated clusters hold that level.
 * The selection lives in the filter store and so in the URL (`level=nce~arena`).
 */
export function LevelFilter({
  counts,
  description,
}: {
  counts: Readonly<Record<LevelId, number>>;
  /** What the numbers count, when not the evaluated clusters (e.g. the directory's). */
  description?: string;
}) {
  const t = useMessages(filterMessages);
  const selected = useFilterStore((s) => s.levels);
  const toggle = useFilterStore((s) => s.toggleLevel);
  return (
    <Fieldset className="level-filter">
      <Fieldset.Legend>{t.levelLegend}</Fieldset.Legend>
      <Fieldset.Description>{description ?? t.levelDescription}</Fieldset.Description>
      <div className="level-filter__chips">
        {LEVEL_IDS.map((id) => (
          <Chip.Checkbox key={id} name="level" value={id} checked={selected.includes(id)} onChange={() => toggle(id)}>
            {t.levelChip(LEVEL_LABEL[id], counts[id])}
          </Chip.Checkbox>
        ))}
      </div>
    </Fieldset>
  );
}
