import { Fragment } from 'react';
import { AppLink } from '../../components/ui/app-link';
import type { Source } from '../../data/schema/sources';
import { paths } from '../../lib/paths';

/**
 * Source ids as links to their entries on /sources, named by publisher and separated by commas (for a
 * "Sources" column; inline references use the shared SourceRef). An unknown id shows as itself.
 */
export function SourceList({ ids, sources }: { ids: readonly string[]; sources: readonly Source[] }) {
  return (
    <>
      {ids.map((id, index) => {
        const source = sources.find((s) => s.id === id);
        return (
          <Fragment key={id}>
            {index > 0 ? ', ' : ''}
            {source ? (
              <AppLink to={paths.sources()} hash={`source-${source.id}`} title={source.title}>
                {source.publisher}
              </AppLink>
            ) : (
              id
            )}
          </Fragment>
        );
      })}
    </>
  );
}
