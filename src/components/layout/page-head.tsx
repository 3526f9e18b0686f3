import { useLocation } from 'react-router-dom';
import { useLang, useMessages } from '../../i18n/use-messages';
import { shellMessages } from '../../i18n/shell-messages';
import { absoluteUrl } from '../../lib/site-url';

const OG_LOCALE = { nb: 'nb_NO', en: 'en_GB' } as const;

/**
 * The document head of a view: title ("View – Klyngeinnsikt"), meta description, canonical link, and
 * Open Graph / Twitter-card tags so a pasted link previews the right view (`og:title` is the view's own
 * title, e.g. the cluster's name). React 19 hoists these into <head>; the prerender writes the same tags
 * into the static HTML, and React adopts them on hydration.
 */
export function PageHead({ title, description }: { title: string; description?: string }) {
  const t = useMessages(shellMessages);
  const lang = useLang();
  const { pathname } = useLocation();
  const url = absoluteUrl(pathname, import.meta.env.SITE_URL, import.meta.env.BASE_URL);
  return (
    <>
      <title>{`${title} – ${t.productName}`}</title>
      {description ? <meta name="description" content={description} /> : null}
      <link rel="canonical" href={url} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={t.productName} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={OG_LOCALE[lang]} />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
    </>
  );
}
