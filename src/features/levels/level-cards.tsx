import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../components/ui/app-link';
import type { Dataset } from '../../data/validate';
import { evaluatedCount } from '../../domain/evaluated';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { levelMessages } from './level-messages';
import { LevelSwatch } from '../../components/charts/level-swatch';
import type { LevelSummary } from './level-stats';
import { whyNoneText } from './why-none';
import { SourceRef } from '../../components/data/source-ref';
import './levels.css';

export interface LevelCardsProps {
  dataset: Dataset;
  summaries: readonly LevelSummary[];
}

/** The levels side by side: what each is, how many, when it started, and how many of the evaluated clusters held it. */
export function LevelCards({ dataset, summaries }: LevelCardsProps) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const { levels, evaluation } = dataset;
  const total = evaluatedCount(dataset);
  return (
    <ul className="level-cards">
      {summaries.map((summary) => {
        const level = levels.find((l) => l.id === summary.level);
        if (!level) return null;
        const headingId = `level-card-${level.id}`;
        const firstFact = level.facts[0];
        const evaluated = summary.clusters.length;
        return (
          <li key={level.id} className="level-cards__item" data-level={level.id}>
            <Card className="level-card" aria-labelledby={headingId}>
              <Card.Block>
                <Heading level={3} data-size="sm" id={headingId} className="level-card__name">
                  <LevelSwatch level={level.id} />
                  {level.name}
                </Heading>
                {level.fullName[lang] !== level.name ? (
                  <Paragraph data-size="sm" className="level-card__full-name">
                    {level.fullName[lang]}
                  </Paragraph>
                ) : null}
              </Card.Block>
              <Card.Block>
                <Paragraph data-size="sm">
                  {level.description.text[lang]} <SourceRef id={level.description.source} />
                </Paragraph>
                {firstFact ? (
                  <Paragraph data-size="sm">
                    {firstFact.text[lang]} <SourceRef id={firstFact.source} />
                  </Paragraph>
                ) : null}
                <dl className="level-card__facts">
                  <div>
                    <dt>{t.countLabel}</dt>
                    <dd>
                      {level.count.status === 'known'
                        ? t.countValue(formatNumber(level.count.value, lang), level.countUnit[lang])
                        : t.countUnknown}{' '}
                      <span className="level-card__source">
                        <SourceRef id={level.count.source} />
                      </span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t.startedLabel}</dt>
                    <dd>
                      {formatPartialDate(level.started.date, lang)}{' '}
                      <span className="level-card__source">
                        <SourceRef id={level.started.source} />
                      </span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t.evaluatedLabel(total)}</dt>
                    <dd>{evaluated > 0 ? t.evaluatedCount(evaluated, total) : t.evaluatedNone}</dd>
                  </div>
                </dl>
                {evaluated === 0 ? (
                  <Paragraph data-size="sm">
                    {whyNoneText(dataset, lang)} <SourceRef id={evaluation.exitPeriod.source} />
                  </Paragraph>
                ) : null}
              </Card.Block>
              <Card.Block>
                <AppLink to={paths.level(level.id)}>{t.moreAbout(level.name)}</AppLink>
              </Card.Block>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
