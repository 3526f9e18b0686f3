import './directory.css';
import type { ReactNode } from 'react';
import { CitedSourcesSection } from '../../components/data/cited-sources-section';
import type { DirectoryCluster } from '../../data/schema/directory';
import type { Source } from '../../data/schema/sources';
import { ClusterMembers } from './cluster-members';
import { DirectoryClusterFacts } from './directory-cluster-facts';
import { directoryMessages } from './directory-messages';
import { LevelStrip } from './level-strip';
import { useMessages } from '../../i18n/use-messages';

/** The sources a cluster cites, by id or by an alias of the id (sources.json order). */
export function citedSources(sources: readonly Source[], ids: readonly string[]): Source[] {
  return sources.filter((source) => ids.includes(source.id) || (source.aliases ?? []).some((a) => ids.includes(a)));
}

/** The page body of a cluster Menon did not evaluate: levels over time, facts, members, sources. */
export function DirectoryClusterDetail({
  cluster,
  sources,
  actions,
}: {
  cluster: DirectoryCluster;
  sources: readonly Source[];
  actions?: ReactNode;
}) {
  const t = useMessages(directoryMessages);
  return (
    <>
      {actions ? <div className="directory-actions">{actions}</div> : null}
      <LevelStrip cluster={cluster} />
      <DirectoryClusterFacts cluster={cluster} />
      <ClusterMembers members={cluster.members} />
      <CitedSourcesSection
        sources={citedSources(sources, cluster.sources)}
        heading={t.sourcesHeading}
        note={t.sourcesNote}
      />
    </>
  );
}
