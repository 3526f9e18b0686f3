import { Heading, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import { Fragment, useId } from 'react';
import { SourceRef } from '../../components/data/source-ref';
import { DataTable } from '../../components/table/data-table';
import { AppLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import type { Boundary } from '../../data/schema/sourced-values';
import type { Dataset } from '../../data/validate';
import { formatDateRange, formatList, formatPartialDate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { evaluatedClusters } from '../../domain/evaluated';
import { intakeSources, levelHolders, namedIntakes } from './level-holders';
import { levelMessages } from './level-messages';

type Messages = (typeof levelMessages)['nb'];

/** A period's start or end as the sources give it: every value where they disagree, inferred ones marked. */
function boundaryText(boundary: Boundary, lang: Lang, t: Messages, unknown: string): string {
  if (boundary.status === 'unknown') return unknown;
  return boundary.values
    .map((v) => `${formatDateRange(v.date, v.latest, lang)}${v.confidence === 'I' ? ` (${t.inferred})` : ''}`)
    .join(' / ');
}

/**
 * Every sourced cluster that held a level (derived from the directory), with its periods on it, the
 * evaluated ones marked; and the intake rounds of the level that name their clusters.
 */
export function LevelHoldersSection({
  dataset,
  levelId,
  levelName,
  headingLevel = 2,
}: {
  dataset: Dataset;
  levelId: LevelId;
  levelName: string;
  headingLevel?: 2 | 3;
}) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const id = useId();
  const evaluated = new Set(evaluatedClusters(dataset).map((c) => c.slug));
  const { holders } = levelHolders(dataset.directory, levelId, evaluated);
  const names = new Map(dataset.directory.map((c) => [c.slug, c.name]));
  const intakes = namedIntakes(dataset.programme.intakes, levelId);
  return (
    <section aria-labelledby={id}>
      <Heading level={headingLevel} data-size="md" id={id}>
        {t.holdersHeading(levelName)}
      </Heading>
      <Paragraph>{t.holdersLead(holders.length)}</Paragraph>
      {intakes.length > 0 ? (
        <>
          <Heading level={headingLevel === 2 ? 3 : 4} data-size="sm">
            {t.intakesHeading}
          </Heading>
          <List.Unordered className="level-holders__intakes">
            {intakes.map((round) => (
              <ListItem key={round.id}>
                {t.intakeItem(
                  round.date === null ? String(round.year) : formatPartialDate(round.date, lang),
                  formatList(
                    round.clusters.map((slug) => names.get(slug) ?? slug),
                    lang,
                  ),
                )}{' '}
                {intakeSources(round, dataset.directory).map((source) => (
                  <Fragment key={source}>
                    {' '}
                    <SourceRef id={source} />
                  </Fragment>
                ))}
              </ListItem>
            ))}
          </List.Unordered>
        </>
      ) : null}
      <DataTable caption={t.holdersCaption(levelName)} size="sm" columns={[t.colCluster, t.colPeriod, t.colEvaluated]}>
        {holders.map((holder) => (
          <tr key={holder.slug}>
            <td>
              <AppLink to={paths.cluster(holder.slug)}>{holder.name}</AppLink>
            </td>
            <td>
              {holder.periods
                .map(
                  (p) =>
                    `${boundaryText(p.start, lang, t, t.periodUnknown)} – ${boundaryText(p.end, lang, t, t.periodOpen)}${
                      p.levelBasis === undefined ? '' : ` (${t.inferred})`
                    }`,
                )
                .join('; ')}
            </td>
            <td>{holder.evaluated ? t.evaluatedYes : t.evaluatedNo}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
