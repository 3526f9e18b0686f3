import { Heading, Link } from '@digdir/designsystemet-react';
import type { Source } from '../../data/schema/sources';
import { formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';

/** Every source the cluster's record uses, with publisher, title, date and link. */
export function ClusterSources({ sources }: { sources: readonly Source[] }) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="cluster-sources-heading" className="cluster-sources">
      <Heading level={2} data-size="sm" id="cluster-sources-heading">
        {t.sourcesHeading}
      </Heading>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            {source.publisher}:{' '}
            <Link href={source.url} rel="noopener noreferrer" lang={source.titleLang}>
              {source.title}
            </Link>
            {source.date ? ` (${formatPartialDate(source.date, lang)})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
