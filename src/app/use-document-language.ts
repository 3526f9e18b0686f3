import { useEffect } from 'react';
import { useLang } from '../i18n/use-messages';

/**
 * Keeps <html lang> in step with the interface language. Only a real change is written: setting the
 * same value again still makes Chromium re-match `:lang()` for every element in the page (on /timeline,
 * thousands, in the task that ends hydration; issue 15).
 */
export function useDocumentLanguage(): void {
  const lang = useLang();
  useEffect(() => {
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);
}
