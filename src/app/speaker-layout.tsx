import { Outlet } from 'react-router-dom';
import { AppLinksProvider } from '../components/ui/app-links';
import { FilterUrlSync } from '../state/filters/url-sync';
import { useDocumentLanguage } from './use-document-language';

/** The bare shell of the speaker window: no site navigation, only the URL sync and the view. */
export function SpeakerLayout() {
  useDocumentLanguage();
  return (
    <AppLinksProvider>
      <FilterUrlSync />
      <main id="main" className="speaker-main">
        <Outlet />
      </main>
    </AppLinksProvider>
  );
}
