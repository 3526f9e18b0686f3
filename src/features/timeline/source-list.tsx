import { Link } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import type { Source } from '../../data/schema/sources';

/** Source ids as links to the sources, separated by commas; an unknown id shows as itself. */
export function SourceList({ ids, sources }: { ids: readonly string[]; sources: readonly Source[] }) {
  return (
    <>
      {ids.map((id, index) => {
        const source = sources.find((s) => s.id === id);
        return (
          <Fragment key={id}>
            {index > 0 ? ', ' : ''}
            {source ? (
              <Link href={source.url} rel="noopener noreferrer" title={source.title}>
                {source.publisher}
              </Link>
            ) : (
              id
            )}
          </Fragment>
        );
      })}
    </>
  );
}
