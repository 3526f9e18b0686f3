import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { exportMessages } from './export-messages';

/**
 * A citation to read and copy: the text (selectable, so it can be copied by hand where the clipboard is
 * refused) and a copy button with a spoken confirmation.
 */
export function CitationPanel({ id, text, label }: { id?: string; text: string; label: string }) {
  const t = useMessages(exportMessages);
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  const state = copied?.text === text ? copied : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ text, ok: true });
    } catch {
      setCopied({ text, ok: false });
    }
  };
  return (
    <div className="citation" id={id} role="group" aria-label={label}>
      <p className="citation__text">{text}</p>
      <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
        {t.copyCitation}
      </Button>
      <span aria-live="polite" className="copy-link__status">
        {state === null ? '' : state.ok ? t.citationCopied : t.citationCopyFailed}
      </span>
    </div>
  );
}
