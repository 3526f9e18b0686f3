import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';

/** Shown when a view throws while rendering or its code fails to load: never a blank page. */
const HOME = import.meta.env.BASE_URL;

export function RouteErrorPage() {
  const t = useMessages(shellMessages);
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t.viewErrorTitle}
      </Heading>
      <Paragraph>{t.viewErrorBody}</Paragraph>
      <Paragraph>
        <a href={HOME}>{t.notFoundHome}</a>
      </Paragraph>
    </Alert>
  );
}
