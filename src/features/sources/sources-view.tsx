import { Heading, Link, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import type { Dataset } from '../../data/validate';
import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { evaluatedClusters, evaluatedCount, exitPeriodText } from '../../domain/evaluated';
import { publishedShares, shareUpperBounds } from '../../domain/shares';
import type { Lang } from '../../i18n/lang';
import { sourcesMessages, type MethodFigures } from './sources-messages';

/** The method text's figures from the data: how many were evaluated and published, and the highest derived bound. */
function methodFigures(dataset: Dataset, lang: Lang): MethodFigures {
  const clusters = evaluatedClusters(dataset);
  const bounds = [...shareUpperBounds(clusters).values()].filter((b): b is number => b !== null);
  return {
    evaluated: evaluatedCount(dataset),
    exit: exitPeriodText(dataset),
    published: publishedShares(clusters).length,
    bound: bounds.length > 0 ? formatPercent(Math.max(...bounds), lang) : null,
  };
}

/** /sources: the survey question and sample, the method in plain words, every source, and what is not known. */
export function SourcesView({ dataset }: { dataset: Dataset }) {
  const t = useMessages(sourcesMessages);
  const lang = useLang();
  const { evaluation, sources } = dataset;
  return (
    <>
      <section aria-labelledby="survey-heading">
        <Heading level={2} data-size="md" id="survey-heading">
          {t.surveyHeading}
        </Heading>
        <Paragraph>
          <strong>{t.questionLabel}:</strong> {evaluation.question.text[lang]}
        </Paragraph>
        <Paragraph>
          {t.sample(
            formatNumber(evaluation.respondents.value, lang),
            formatNumber(evaluation.clustersEvaluated.value, lang),
          )}{' '}
          {t.overall(formatPercent(evaluation.overallAgreeShare.value, lang), evaluatedCount(dataset))}
        </Paragraph>
      </section>
      <section aria-labelledby="findings-heading">
        <Heading level={2} data-size="md" id="findings-heading">
          {t.findingsHeading}
        </Heading>
        <List.Unordered>
          {evaluation.findings.map((finding) => (
            <ListItem key={finding.id}>{finding.text[lang]}</ListItem>
          ))}
        </List.Unordered>
      </section>
      <section aria-labelledby="method-heading">
        <Heading level={2} data-size="md" id="method-heading">
          {t.methodHeading}
        </Heading>
        {t.method(methodFigures(dataset, lang)).map((paragraph) => (
          <Paragraph key={paragraph}>{paragraph}</Paragraph>
        ))}
      </section>
      <section aria-labelledby="unknown-heading">
        <Heading level={2} data-size="md" id="unknown-heading">
          {t.unknownHeading}
        </Heading>
        <Paragraph>{t.unknownLead}</Paragraph>
        <List.Unordered>
          {evaluation.unknowns.map((unknown) => (
            <ListItem key={unknown.id}>{unknown.text[lang]}</ListItem>
          ))}
        </List.Unordered>
      </section>
      <section aria-labelledby="sources-heading">
        <Heading level={2} data-size="md" id="sources-heading">
          {t.sourcesHeading}
        </Heading>
        <ol className="source-list">
          {sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              <span className="source-list__publisher">{source.publisher}</span>:{' '}
              <Link href={source.url} rel="noopener noreferrer" lang={source.titleLang}>
                {source.title}
              </Link>{' '}
              <span className="source-list__date">
                ({source.date ? formatPartialDate(source.date, lang) : t.noDate})
              </span>
              {source.note ? <Paragraph data-size="sm">{source.note[lang]}</Paragraph> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
