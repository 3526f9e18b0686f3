import { Button } from '@digdir/designsystemet-react';
import { shellMessages } from '../../i18n/shell-messages';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useFilterStore } from '../../state/filters/filter-store';

/** Switches the interface between bokmål and English (written to the URL as lang=en). */
export function LanguageSwitch() {
  const t = useMessages(shellMessages);
  const other = useLang() === 'nb' ? 'en' : 'nb';
  const setLang = useFilterStore((s) => s.setLang);
  return (
    <Button variant="secondary" data-size="sm" lang={other} onClick={() => setLang(other)}>
      {t.switchTo}
    </Button>
  );
}
