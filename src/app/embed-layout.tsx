import { Outlet } from 'react-router-dom';
import { AppLinksProvider } from '../components/ui/app-links';
import { FilterUrlSync } from '../state/filters/url-sync';
import { useDocumentLanguage } from './use-document-language';

/** The bare shell of an embed page (ADR 063): no site header, navigation or footer; the URL sync and the chart. */
export function EmbedLayout() {
  useDocumentLanguage();
  return (
    <AppLinksProvider>
      <FilterUrlSync />
      <main id="main" className="embed-main">
        <Outlet />
      </main>
    </AppLinksProvider>
  );
}
