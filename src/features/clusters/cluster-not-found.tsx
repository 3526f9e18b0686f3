import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../components/ui/app-link';
import { useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { nearestSlugs } from './cluster-lookup';
import { clusterMessages } from './cluster-messages';

/** For a slug no cluster has: says so and suggests the nearest names (a typo such as "nce-medai" → NCE Media). */
export function ClusterNotFound({
  slug,
  clusters,
}: {
  slug: string;
  /** Every cluster with a page (the directory); former names count as near too. */
  clusters: readonly { slug: string; name: string; formerNames: readonly string[] }[];
}) {
  const t = useMessages(clusterMessages);
  const suggestions = nearestSlugs(slug, clusters);
  return (
    <>
      <Paragraph>{t.notFoundBody(slug.slice(0, 80), clusters.length)}</Paragraph>
      {suggestions.length > 0 ? (
        <section aria-labelledby="did-you-mean">
          <Heading level={2} data-size="xs" id="did-you-mean">
            {t.didYouMean}
          </Heading>
          <ul>
            {suggestions.map((cluster) => (
              <li key={cluster.slug}>
                <AppLink to={paths.cluster(cluster.slug)}>{cluster.name}</AppLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Paragraph>
        <AppLink to={paths.ranking()}>{t.backToRanking}</AppLink>
      </Paragraph>
    </>
  );
}
