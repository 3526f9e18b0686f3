import { Alert } from '@digdir/designsystemet-react';
import { shellMessages } from '../../i18n/shell-messages';
import { useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';

/** A quiet notice when the link had parameters that could not be used (they fell back to defaults). */
export function InvalidParamsNotice() {
  const t = useMessages(shellMessages);
  const invalid = useFilterStore((s) => s.invalidParams);
  if (invalid.length === 0) return null;
  return (
    <Alert data-color="info" data-size="sm" className="invalid-params">
      {t.invalidParams(invalid.map((p) => p.name).join(', '))}
    </Alert>
  );
}
