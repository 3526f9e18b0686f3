import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';

const HOME = import.meta.env.BASE_URL;

/**
 * Shown in place of a view that throws while rendering or whose code fails to load: never a blank
 * page, always an <h1>. Inside the layout (`errorElement` of the views' route), the navigation stays,
 * and going to another view clears the error. The link home is a plain link: a full load also
 * recovers from code that no longer exists on the server after a new deployment.
 */
export function RouteErrorPage() {
  const t = useMessages(shellMessages);
  return (
    <>
      <PageHead title={t.viewErrorTitle} />
      <PageHeading>{t.viewErrorTitle}</PageHeading>
      <Alert data-color="danger" role="alert">
        <Paragraph>{t.viewErrorBody}</Paragraph>
        <Paragraph>
          <a href={HOME}>{t.notFoundHome}</a>
        </Paragraph>
      </Alert>
    </>
  );
}

/** The last resort, when the layout itself fails: the same message in a <main> of its own. */
export function RootErrorPage() {
  return (
    <main id="main" tabIndex={-1} className="site-main">
      <RouteErrorPage />
    </main>
  );
}
