import type { DirectoryCluster, KnownOrUnknownText } from '../../data/schema/directory';
import type { Lang } from '../../i18n/lang';
import { useLang, useMessages } from '../../i18n/use-messages';
import { directoryMessages } from './directory-messages';
import { WebsiteLink } from '../../components/ui/website-link';

function Text({ value, lang, unknown }: { value: KnownOrUnknownText; lang: Lang; unknown: string }) {
  return 'status' in value ? <span className="unknown-value">{unknown}</span> : <>{value[lang]}</>;
}

/** A directory cluster's facts: former names and aliases, home, county, sector, website, note. */
export function DirectoryClusterFacts({ cluster }: { cluster: DirectoryCluster }) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  return (
    <dl className="facts-list">
      {cluster.formerNames.length > 0 ? (
        <div>
          <dt>{t.factFormerNames}</dt>
          <dd>{cluster.formerNames.join(', ')}</dd>
        </div>
      ) : null}
      {cluster.aliases.length > 0 ? (
        <div>
          <dt>{t.factAliases}</dt>
          <dd>{cluster.aliases.join(', ')}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t.factHome}</dt>
        <dd>
          <Text value={cluster.home} lang={lang} unknown={t.notPublished} />
        </dd>
      </div>
      <div>
        <dt>{t.factCounty}</dt>
        <dd>
          <Text value={cluster.county} lang={lang} unknown={t.notPublished} />
        </dd>
      </div>
      <div>
        <dt>{t.factSector}</dt>
        <dd>
          <Text value={cluster.sector} lang={lang} unknown={t.notPublished} />
        </dd>
      </div>
      <div>
        <dt>{t.factWebsite}</dt>
        <dd>
          <WebsiteLink url={cluster.website} missing={t.noWebsite} />
        </dd>
      </div>
      <div>
        <dt>{t.factEvaluated}</dt>
        <dd>{t.notEvaluated}</dd>
      </div>
      {cluster.note ? (
        <div>
          <dt>{t.factNote}</dt>
          <dd>{cluster.note[lang]}</dd>
        </div>
      ) : null}
    </dl>
  );
}
