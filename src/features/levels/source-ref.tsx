import { Link } from '@digdir/designsystemet-react';
import type { Source } from '../../data/schema/sources';

/** A source id as a link to the source, named by its publisher (the title on hover). Unknown ids show the id. */
export function SourceRef({ id, sources }: { id: string; sources: readonly Source[] }) {
  const source = sources.find((s) => s.id === id);
  if (!source) return <span>{id}</span>;
  return (
    <Link href={source.url} rel="noopener noreferrer" title={source.title}>
      {source.publisher}
    </Link>
  );
}
