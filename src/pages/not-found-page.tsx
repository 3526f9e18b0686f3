import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router-dom';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { AppLink } from '../components/ui/app-link';
import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';
import { displayPath } from '../lib/display-path';
import { useHydrated } from '../lib/use-hydrated';
import { paths } from '../lib/paths';

/**
 * The not-found view. The prerendered 404.html answers every unknown address, so it cannot name the
 * address: it says "this address" until the app runs and shows the one typed.
 */
export function NotFoundPage() {
  const t = useMessages(shellMessages);
  const { pathname } = useLocation();
  const running = useHydrated();
  return (
    <>
      <PageHead title={t.notFoundTitle} />
      <PageHeading>{t.notFoundTitle}</PageHeading>
      <Paragraph>{running ? t.notFoundBody(displayPath(pathname)) : t.notFoundBodyAnyPath}</Paragraph>
      <Paragraph>
        <AppLink to={paths.ranking()}>{t.notFoundHome}</AppLink>
      </Paragraph>
    </>
  );
}
