import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { useCurrentLink } from '../ui/current-link';
import { embedSnippet } from './embed-snippet';
import { exportMessages } from './export-messages';

/**
 * "Bygg inn" / "Embed": the `<iframe>` code for the chart's embed page (ADR 063) with the current filter and
 * language, to read, select and copy. Loaded when first opened (not with the view).
 */
export default function EmbedPanel({ id, chartId, title }: { id: string; chartId: string; title: string }) {
  const t = useMessages(exportMessages);
  const codeId = useId();
  const src = useCurrentLink({ pathname: paths.embed(chartId), presentation: false });
  const code = embedSnippet({ src, title: t.embedFrameTitle(title) });
  const [copied, setCopied] = useState<{ code: string; ok: boolean } | null>(null);
  const state = copied?.code === code ? copied : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied({ code, ok: true });
    } catch {
      setCopied({ code, ok: false });
    }
  };
  return (
    <div className="embed-panel" id={id} role="group" aria-label={t.embedLabel(title)}>
      <Paragraph data-size="sm" className="embed-panel__help">
        {t.embedHelp}
      </Paragraph>
      <label htmlFor={codeId} className="embed-panel__label">
        {t.embedCodeLabel}
      </label>
      <textarea
        id={codeId}
        className="ds-input embed-panel__code"
        readOnly
        rows={3}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
        {t.copyEmbed}
      </Button>
      <span aria-live="polite" className="copy-link__status">
        {state === null ? '' : state.ok ? t.embedCopied : t.embedCopyFailed}
      </span>
    </div>
  );
}
