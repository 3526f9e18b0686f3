import { Tag } from '@digdir/designsystemet-react';
import { SourceRef } from '../../components/data/source-ref';
import type { Boundary } from '../../data/schema/sourced-values';
import type { HistorySegment } from '../../domain/programme/level-history';
import { formatDateRange } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useLevelNames } from '../../domain/use-level-names';
import { directoryMessages } from './directory-messages';

/** One end of a period in words: every value the sources give (with source, and basis when inferred), or unknown. */
function Edge({ boundary, unknown }: { boundary: Boundary; unknown: string }) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  if (boundary.status === 'unknown') {
    return (
      <span className="unknown-value">
        {unknown}
        {boundary.note ? ` (${boundary.note[lang]})` : ''}
      </span>
    );
  }
  return (
    <>
      {boundary.values.map((value, index) => (
        <span key={`${value.source}-${value.date.raw}`}>
          {index > 0 ? ' / ' : ''}
          {formatDateRange(value.date, value.latest, lang)}
          {value.note ? ` (${value.note[lang]})` : ''}{' '}
          {value.confidence === 'I' ? (
            <>
              <Tag data-size="sm" data-color="warning">
                {t.inferred}
              </Tag>{' '}
              <span className="period-basis">{t.inferredBasis(value.basis[lang])}</span>{' '}
            </>
          ) : null}
          <SourceRef id={value.source} />
        </span>
      ))}
      {boundary.values.length > 1 ? ` (${t.conflicting})` : ''}
    </>
  );
}

/** The periods of a cluster as text: level, start and end at the sources' precision, each with its source. */
export function PeriodList({ segments }: { segments: readonly HistorySegment[] }) {
  const t = useMessages(directoryMessages);
  const levelName = useLevelNames();
  const lang = useLang();
  return (
    <ol className="period-list">
      {segments.map((segment, index) => (
        <li key={`${segment.level}-${String(index)}`}>
          <strong>{segment.brand ? t.brand : levelName[segment.level]}</strong>
          {segment.period.levelBasis ? (
            <>
              {' '}
              <Tag data-size="sm" data-color="warning">
                {t.inferred}
              </Tag>{' '}
              <span className="period-basis">{t.inferredBasis(segment.period.levelBasis[lang])}</span>
            </>
          ) : null}
          <br />
          {t.periodFrom} <Edge boundary={segment.period.start} unknown={t.unknownStart} />
          <br />
          {t.periodTo} <Edge boundary={segment.period.end} unknown={t.unknownEnd} />
          {segment.period.note ? <span className="period-note"> {segment.period.note[lang]}</span> : null}
        </li>
      ))}
    </ol>
  );
}
