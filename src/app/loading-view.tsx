import { shellMessages } from '../i18n/shell-messages';
import { useMessages } from '../i18n/use-messages';

/** Shown while the first view's code loads. */
export function LoadingView() {
  const t = useMessages(shellMessages);
  return (
    <p role="status" className="loading-status">
      {t.loading}
    </p>
  );
}
