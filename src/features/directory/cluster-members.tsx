import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { SourceRef } from '../../components/data/source-ref';
import type { MemberFigure } from '../../data/schema/directory';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { directoryMessages } from './directory-messages';

/** Members at each date a source gives; two values at one date are two sources that disagree, both shown. */
export function ClusterMembers({ members }: { members: readonly MemberFigure[] }) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="cluster-members-heading" className="cluster-members">
      <Heading level={2} data-size="sm" id="cluster-members-heading">
        {t.membersHeading}
      </Heading>
      {members.length === 0 ? (
        <Paragraph className="unknown-value">{t.membersNone}</Paragraph>
      ) : (
        <ul>
          {members.map((figure, index) => {
            const date =
              figure.date === null
                ? t.membersDateUnknown
                : figure.circa
                  ? t.membersCirca(formatPartialDate(figure.date, lang))
                  : formatPartialDate(figure.date, lang);
            return (
              <li key={`${figure.date?.raw ?? 'undated'}-${String(index)}`}>
                <strong>{date}:</strong>{' '}
                {figure.values.map((value, i) => (
                  <span key={`${value.source}-${String(i)}`}>
                    {i > 0 ? ' / ' : ''}
                    {t.memberValue(value.qualifier, formatNumber(value.count, lang), value.unit)}
                    {value.note ? ` (${value.note[lang]})` : ''} <SourceRef id={value.source} />
                  </span>
                ))}
                {figure.values.length > 1 ? ` ${t.membersConflict}` : ''}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
