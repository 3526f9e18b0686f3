import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { SourceRef } from '../../components/data/source-ref';
import type { Quote } from '../../data/schema/evaluation';
import { useLang, useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';

/** The article's quotes that belong to this cluster: the published Norwegian words, or our labelled translation. */
export function ClusterQuotes({ quotes }: { quotes: readonly Quote[] }) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes-heading" className="cluster-quotes">
      <Heading level={2} data-size="sm" id="quotes-heading">
        {t.quotesHeading}
      </Heading>
      {quotes.map((quote) => (
        <figure key={quote.id} className="cluster-quote">
          <blockquote lang={lang === 'en' ? 'en' : 'nb'}>
            <Paragraph>«{quote.text[lang]}»</Paragraph>
          </blockquote>
          <figcaption>
            — {quote.speaker}, {quote.role[lang]} <SourceRef id={quote.source} />
            {lang === 'en' ? <span className="cluster-quote__translation"> · {t.quoteTranslation}</span> : null}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
