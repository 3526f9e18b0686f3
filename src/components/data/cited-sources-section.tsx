import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Source } from '../../data/schema/sources';
import { formatPartialDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-messages';

/** A section listing sources: publisher, linked title (in its own language) and date, under a heading. */
export function CitedSourcesSection({
  sources,
  heading,
  note,
}: {
  sources: readonly Source[];
  heading: string;
  note?: string;
}) {
  const lang = useLang();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="cited-sources">
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {note ? <Paragraph data-size="sm">{note}</Paragraph> : null}
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
