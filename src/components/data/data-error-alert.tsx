import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { DataFileError } from '../../data/data-error';
import { shellMessages } from '../../i18n/shell-messages';
import { useMessages } from '../../i18n/use-messages';

/** The alert for data that could not be loaded or used: names the file and the first bad field, and offers a retry. */
export function DataErrorAlert({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useMessages(shellMessages);
  const detail =
    error instanceof DataFileError
      ? {
          network: t.errorNetwork,
          http: t.errorHttp(error.status ?? 0),
          parse: t.errorParse,
          invalid: t.errorInvalid,
          reference: t.errorReference,
        }[error.kind]
      : t.errorUnknown;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t.errorTitle}
      </Heading>
      <Paragraph>{detail}</Paragraph>
      {error instanceof DataFileError ? (
        <ul className="data-error__facts">
          <li>{t.errorFile(error.file)}</li>
          {error.field ? <li>{t.errorField(error.field)}</li> : null}
          <li lang="en">{error.message}</li>
        </ul>
      ) : null}
      <Button variant="primary" onClick={onRetry} disabled={retrying} aria-disabled={retrying}>
        {t.retry}
      </Button>
    </Alert>
  );
}
