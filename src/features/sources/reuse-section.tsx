import { Button, Heading, Link, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { CitationPanel } from '../../components/export/citation-panel';
import { DATA_LICENCE, datasetBibtex, datasetCitationText, datasetRis } from '../../components/export/citation';
import { downloadBlob } from '../../components/export/download';
import { useCurrentLink } from '../../components/ui/current-link';
import { newestSourceDate } from '../../data/source-facts';
import type { Dataset } from '../../data/validate';
import { useHydrated } from '../../lib/use-hydrated';
import { useLang, useMessages } from '../../i18n/use-messages';
import { reuseMessages } from './reuse-messages';

/** The main sources a citation of the dataset names first (the article, then the report). */
const KIND_ORDER = ['primary', 'report'] as const;

/** Licence (ADR 062) and the dataset's citation as text, BibTeX and RIS. */
export function ReuseSection({ dataset }: { dataset: Dataset }) {
  const t = useMessages(reuseMessages);
  const lang = useLang();
  const url = useCurrentLink({ presentation: false });
  const [status, setStatus] = useState('');
  // Today only once the app runs: the prerendered page (built on another day) leaves it out.
  const hydrated = useHydrated();
  const main = KIND_ORDER.flatMap((kind) => dataset.sources.filter((s) => s.kind === kind));
  const others = dataset.sources.filter((s) => !main.includes(s));
  const parts = {
    lang,
    sources: [...main, ...others],
    dataDate: newestSourceDate(dataset.sources),
    url,
    accessed: hydrated ? new Date().toISOString().slice(0, 10) : '',
  };
  const save = (text: string, type: string, file: string) => {
    downloadBlob(new Blob([text], { type }), file);
    setStatus(t.saved(file));
  };
  return (
    <section aria-labelledby="reuse-heading">
      <Heading level={2} data-size="md" id="reuse-heading">
        {t.heading}
      </Heading>
      <Heading level={3} data-size="xs" id="licence-heading">
        {t.licenceHeading}
      </Heading>
      <Paragraph>
        {t.licence}{' '}
        <Link href={DATA_LICENCE.url} rel="license">
          {t.licenceName}
        </Link>
        . {t.licenceAttribution}
      </Paragraph>
      <List.Unordered aria-labelledby="licence-heading">
        {t.limits.map((limit) => (
          <ListItem key={limit}>{limit}</ListItem>
        ))}
      </List.Unordered>
      <Heading level={3} data-size="xs">
        {t.citeHeading}
      </Heading>
      <Paragraph>{t.citeNote}</Paragraph>
      <CitationPanel label={t.citeLabel} text={datasetCitationText(parts)} />
      <div className="chart-toolbar">
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => save(datasetBibtex(parts), 'application/x-bibtex;charset=utf-8', 'klyngeinnsikt.bib')}
        >
          {t.bibtex}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() =>
            save(datasetRis(parts), 'application/x-research-info-systems;charset=utf-8', 'klyngeinnsikt.ris')
          }
        >
          {t.ris}
        </Button>
        <span aria-live="polite" className="chart-toolbar__status">
          {status}
        </span>
      </div>
    </section>
  );
}
