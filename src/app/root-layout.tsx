import { Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Outlet } from 'react-router-dom';
import { AppLink, AppNavLink } from '../components/ui/app-link';
import { ColorSchemeSwitch } from '../components/ui/color-scheme-switch';
import { CopyLinkButton } from '../components/ui/copy-link-button';
import { LanguageSwitch } from '../features/filters/language-switch';
import { InvalidParamsNotice } from '../features/filters/invalid-params-notice';
import { shellMessages } from '../i18n/shell-messages';
import { PresentationLayer } from '../pages/presentation-layer';
import { useMessages } from '../i18n/use-messages';
import { paths } from '../lib/paths';
import { FilterUrlSync } from '../state/filters/url-sync';
import { useDocumentLanguage } from './use-document-language';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** The app shell: skip link, header with product name, navigation, colour scheme and language switches, the view, footer. */
export function RootLayout() {
  const t = useMessages(shellMessages);
  useDocumentLanguage();
  useFocusOnNavigation();
  return (
    <>
      <FilterUrlSync />
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__brand">
            <AppLink to={paths.ranking()} className="site-header__name">
              {t.productName}
            </AppLink>
            <span className="site-header__tagline">{t.tagline}</span>
          </div>
          <div className="site-header__tools">
            <CopyLinkButton />
            <ColorSchemeSwitch />
            <LanguageSwitch />
          </div>
        </div>
        <nav aria-label={t.navLabel} className="site-nav">
          <ul>
            <li>
              <AppNavLink to={paths.ranking()} end>
                {t.nav.ranking}
              </AppNavLink>
            </li>
            <li>
              <AppNavLink to={paths.clusters()}>{t.nav.clusters}</AppNavLink>
            </li>
            <li>
              <AppNavLink to={paths.levels()}>{t.nav.levels}</AppNavLink>
            </li>
            <li>
              <AppNavLink to={paths.timeline()}>{t.nav.timeline}</AppNavLink>
            </li>
            <li>
              <AppNavLink to={paths.sources()}>{t.nav.sources}</AppNavLink>
            </li>
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
    </>
  );
}
