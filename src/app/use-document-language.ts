import { useEffect } from 'react';
import { useLang } from '../i18n/use-messages';

/** Keeps <html lang> in step with the interface language. */
export function useDocumentLanguage(): void {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
