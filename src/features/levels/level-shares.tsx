import { Heading, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import type { EvaluationFile } from '../../data/schema/evaluation';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { levelMessages } from './level-messages';
import { LevelSwatch } from '../../components/charts/level-swatch';
import { compareMedianRanks, type LevelSummary } from './level-stats';
import { SourceRef } from '../../components/data/source-ref';

/** Per level: which shares are published and what is known of the rest. */
export function LevelShares({
  summaries,
  names,
  publishedCount,
}: {
  summaries: readonly LevelSummary[];
  names: Readonly<Record<LevelId, string>>;
  /** How many of the evaluated clusters have a published share (all levels). */
  publishedCount: number;
}) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="level-shares-heading" className="level-shares">
      <Heading level={2} data-size="md" id="level-shares-heading">
        {t.sharesHeading}
      </Heading>
      <Paragraph>{t.sharesLead(publishedCount)}</Paragraph>
      {summaries.map((summary) => {
        const total = summary.clusters.length;
        const bound = summary.maxBound === null ? null : formatPercent(summary.maxBound, lang);
        return (
          <div key={summary.level}>
            <Heading level={3} data-size="xs" className="level-card__name">
              <LevelSwatch level={summary.level} />
              {names[summary.level]}
            </Heading>
            {total === 0 ? (
              <Paragraph data-size="sm">{t.sharesNoClusters}</Paragraph>
            ) : summary.publishedShares.length === 0 ? (
              <Paragraph data-size="sm">{t.sharesNonePublished(total, bound)}</Paragraph>
            ) : (
              <>
                <Paragraph data-size="sm">
                  {t.sharesPublished(formatNumber(summary.publishedShares.length, lang), formatNumber(total, lang))}
                </Paragraph>
                <List.Unordered data-size="sm">
                  {summary.publishedShares.map((share) => (
                    <ListItem key={share.slug}>
                      <AppLink to={paths.cluster(share.slug)}>{share.name}</AppLink>: {formatPercent(share.value, lang)}{' '}
                      <SourceRef id={share.source} />
                    </ListItem>
                  ))}
                </List.Unordered>
                {summary.unpublishedCount > 0 ? (
                  <Paragraph data-size="sm">{t.sharesUnpublished(summary.unpublishedCount, bound)}</Paragraph>
                ) : null}
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** One generated sentence comparing NCE and Arena by median place, and the report's finding with its source. */
export function LevelComparison({
  summaries,
  evaluation,
}: {
  summaries: readonly LevelSummary[];
  evaluation: EvaluationFile;
}) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const medianOf = (level: LevelId) => summaries.find((s) => s.level === level)?.medianRank ?? null;
  const comparison = compareMedianRanks(medianOf('nce'), medianOf('arena'));
  const finding = evaluation.findings.find((f) => f.id === 'nce-more-than-arena');
  return (
    <section aria-labelledby="level-compare-heading">
      <Heading level={2} data-size="md" id="level-compare-heading">
        {t.compareHeading}
      </Heading>
      <Paragraph>
        {comparison.kind === 'incomparable'
          ? t.compareUnavailable
          : t.compareSentence(
              formatNumber(comparison.first, lang),
              formatNumber(comparison.second, lang),
              comparison.kind,
            )}
      </Paragraph>
      {finding ? (
        <Paragraph>
          {comparison.kind === 'better' ? t.compareConsistent : t.compareFinding} {t.quoted(finding.text[lang])}{' '}
          <SourceRef id={finding.source} />
        </Paragraph>
      ) : null}
    </section>
  );
}
