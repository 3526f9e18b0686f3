import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router-dom';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { AppLink } from '../components/ui/app-link';
import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';
import { displayPath } from '../lib/display-path';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const t = useMessages(shellMessages);
  const { pathname } = useLocation();
  return (
    <>
      <PageHead title={t.notFoundTitle} />
      <PageHeading>{t.notFoundTitle}</PageHeading>
      <Paragraph>{t.notFoundBody(displayPath(pathname))}</Paragraph>
      <Paragraph>
        <AppLink to={paths.ranking()}>{t.notFoundHome}</AppLink>
      </Paragraph>
    </>
  );
}
