import { useMessages } from '../../i18n/use-messages';
import { shellMessages } from '../../i18n/shell-messages';

/** The document title ("View – Klyngeinnsikt") and meta description; React hoists both into <head>. */
export function PageHead({ title, description }: { title: string; description?: string }) {
  const t = useMessages(shellMessages);
  return (
    <>
      <title>{`${title} – ${t.productName}`}</title>
      {description ? <meta name="description" content={description} /> : null}
    </>
  );
}
