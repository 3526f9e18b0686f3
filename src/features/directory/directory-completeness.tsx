import { Paragraph } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { SourceRef } from '../../components/data/source-ref';
import type { Dataset } from '../../data/validate';
import { directoryCompleteness } from '../../domain/programme/completeness';
import { formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { directoryMessages } from './directory-messages';

/**
 * How complete the directory is, in plain words: N clusters with a source (counted here, labelled derived) of
 * "about 100" that have taken part (every value the sources give, each with its source).
 */
export function DirectoryCompleteness({ dataset }: { dataset: Dataset }) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const { withSource, total } = directoryCompleteness(dataset.directory, dataset.programme.figures);
  const count = formatNumber(withSource.count, lang);
  if (total === null) return <Paragraph className="directory-completeness">{t.completenessNoTotal(count)}</Paragraph>;
  const texts = [...new Set(total.values.map((v) => t.approx(v.qualifier, formatNumber(v.value, lang))))];
  return (
    <Paragraph className="directory-completeness">
      {t.completeness(count, texts.join(' / '))}
      {total.values.map((value) => (
        <Fragment key={value.source}>
          {' '}
          <SourceRef id={value.source} />
        </Fragment>
      ))}
      .
    </Paragraph>
  );
}
