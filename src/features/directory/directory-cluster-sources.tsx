import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Source } from '../../data/schema/sources';
import { formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { directoryMessages } from './directory-messages';

/**
 * Every source the cluster's record cites, resolved through sources.json; how sure each value is (stated or
 * inferred, with the basis) is said beside the value itself.
 */
export function DirectoryClusterSources({ sources }: { sources: readonly Source[] }) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="directory-sources-heading" className="directory-sources">
      <Heading level={2} data-size="sm" id="directory-sources-heading">
        {t.sourcesHeading}
      </Heading>
      <Paragraph data-size="sm">{t.sourcesNote}</Paragraph>
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
