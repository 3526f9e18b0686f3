import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { LEVEL_FILL_CLASS } from '../../components/charts/level-colors';
import type { DirectoryCluster } from '../../data/schema/directory';
import { levelHistory } from '../../domain/programme/level-history';
import { useMessages } from '../../i18n/use-messages';
import { useLevelNames } from '../../domain/use-level-names';
import { directoryMessages } from './directory-messages';
import { PeriodList } from './period-list';
import { stripScale } from './strip-scale';

const WIDTH = 1000;

/**
 * A cluster's levels over time: one lane per period on a shared year axis (held: solid; a date known only to
 * the year or as a range: faded; an unknown start or end: dashed and open, with the words in the list below).
 * The drawing is decorative; the list says everything it shows, with the dates at the sources' precision.
 */
export function LevelStrip({ cluster }: { cluster: DirectoryCluster }) {
  const t = useMessages(directoryMessages);
  const levelName = useLevelNames();
  const segments = levelHistory(cluster);
  const scale = stripScale(segments);
  const x = (year: number) => (scale ? ((year - scale.from) / (scale.to + 1 - scale.from)) * WIDTH : 0);
  return (
    <section aria-labelledby="level-strip-heading" className="level-strip" id="levels-over-time">
      <Heading level={2} data-size="sm" id="level-strip-heading">
        {t.stripHeading}
      </Heading>
      {scale ? (
        <div className="level-strip__drawing" aria-hidden="true">
          {segments.map((segment, lane) => (
            <div className="level-strip__lane" key={`${segment.level}-${String(lane)}`}>
              <span className="level-strip__label">{segment.brand ? t.brand : levelName[segment.level]}</span>
              <svg viewBox={`0 0 ${String(WIDTH)} 16`} preserveAspectRatio="none" className="level-strip__bar">
                <rect x="0" y="7" width={WIDTH} height="2" className="level-strip__track" />
                {(scale.lanes[lane] ?? []).map((piece, index) => (
                  <rect
                    key={index}
                    x={x(piece.from)}
                    y="1"
                    width={Math.max(2, x(piece.to) - x(piece.from))}
                    height="14"
                    className={`${LEVEL_FILL_CLASS[segment.level]} level-strip__piece--${piece.kind}`}
                    fillOpacity={piece.kind === 'held' ? 1 : piece.kind === 'uncertain' ? 0.55 : 0.2}
                    strokeDasharray={piece.kind === 'open' ? '6 4' : undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
              </svg>
            </div>
          ))}
          <div className="level-strip__axis">
            <span>{scale.from}</span>
            <span>{scale.to}</span>
          </div>
        </div>
      ) : null}
      {scale ? (
        <Paragraph data-size="sm" className="level-strip__key">
          {t.stripKey}
        </Paragraph>
      ) : null}
      <PeriodList segments={segments} />
    </section>
  );
}
