import { useDataset } from '../../data/use-dataset';
import { useMessages } from '../../i18n/use-messages';
import { shellMessages } from '../../i18n/shell-messages';
import { paths } from '../../lib/paths';
import { AppLink } from '../ui/app-link';

/**
 * A short, linked reference to a source by id: "(kilde: Shifter)", pointing at the source's entry on
 * /sources. Use inside a DatasetGate (the dataset is then already loaded).
 */
export function SourceRef({ id }: { id: string }) {
  const t = useMessages(shellMessages);
  const { data } = useDataset();
  const source = data?.sources.find((s) => s.id === id);
  if (!source) return null;
  return (
    <span className="source-ref">
      ({t.sourceLabel}:{' '}
      <AppLink to={paths.sources()} hash={`source-${source.id}`} title={source.title}>
        {source.publisher}
      </AppLink>
      )
    </span>
  );
}
