import { Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Outlet } from 'react-router-dom';
import { AppLink, AppNavLink } from '../components/ui/app-link';
import { AppLinksProvider } from '../components/ui/app-links';
import { ColorSchemeSwitch } from '../components/ui/color-scheme-switch';
import { CopyLinkButton } from '../components/ui/copy-link-button';
import { LanguageSwitch } from '../features/filters/language-switch';
import { InvalidParamsNotice } from '../features/filters/invalid-params-notice';
import { useDataset } from '../data/use-dataset';
import { evaluatedCount } from '../domain/evaluated';
import { shellMessages } from '../i18n/shell-messages';
import { PresentationLayer } from '../pages/presentation-layer';
import { navEntries } from '../pages/views/views';
import { useLang, useMessages } from '../i18n/use-messages';
import { paths } from '../lib/paths';
import { FilterUrlSync } from '../state/filters/url-sync';
import { useDocumentLanguage } from './use-document-language';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** The app shell: skip link, header with product name, navigation, colour scheme and language switches, the view, footer. */
export function RootLayout() {
  const t = useMessages(shellMessages);
  const lang = useLang();
  const data = useDataset().data;
  useDocumentLanguage();
  useFocusOnNavigation();
  return (
    <AppLinksProvider>
      <FilterUrlSync />
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__brand">
            <AppLink to={paths.ranking()} className="site-header__name">
              {t.productName}
            </AppLink>
            <span className="site-header__tagline">{t.tagline(data ? evaluatedCount(data) : null)}</span>
          </div>
          <div className="site-header__tools">
            <CopyLinkButton />
            <ColorSchemeSwitch />
            <LanguageSwitch />
          </div>
        </div>
        <nav aria-label={t.navLabel} className="site-nav">
          <ul>
            {navEntries().map((view) => (
              <li key={view.id}>
                <AppNavLink to={view.nav.path} keeps={view.keeps} end={view.nav.end ?? false}>
                  {view.nav.label(lang)}
                </AppNavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <InvalidParamsNotice />
        <PresentationLayer>
          <Outlet />
        </PresentationLayer>
      </main>
      <footer className="site-footer">
        <Paragraph data-size="sm">{t.footerSource}</Paragraph>
        <Paragraph data-size="sm">
          <AppLink to={paths.sources()}>{t.footerSourcesLink}</AppLink>
        </Paragraph>
      </footer>
    </AppLinksProvider>
  );
}
