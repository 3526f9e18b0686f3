import '../export/export.css';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { exportMessages } from '../export/export-messages';
import { useCurrentLink } from './current-link';

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * Copies the link to exactly what is on screen (path + all filters, and the slide when presenting).
 * Confirms visibly; where the clipboard is refused, shows the link in a selected text field instead.
 * Pass `pathname` to copy the link of another view (e.g. a cluster page) with the current filters.
 */
export function CopyLinkButton({ pathname, className }: { pathname?: string; className?: string }) {
  const t = useMessages(exportMessages);
  const link = useCurrentLink(pathname === undefined ? {} : { pathname });
  const [result, setResult] = useState<{ link: string; state: CopyState }>({ link, state: 'idle' });
  // A new link (the filters changed) makes an old confirmation untrue.
  const state = result.link === link ? result.state : 'idle';
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'refused') fieldRef.current?.select();
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setResult({ link, state: 'copied' });
    } catch {
      setResult({ link, state: 'refused' });
    }
  };

  return (
    <div className={['copy-link', className].filter(Boolean).join(' ')}>
      <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
        {t.copyLink}
      </Button>
      <span aria-live="polite" className="copy-link__status">
        {state === 'copied' ? t.copied : state === 'refused' ? t.copyFailed : ''}
      </span>
      {state === 'refused' ? (
        <Textfield
          ref={fieldRef}
          label={t.linkLabel}
          data-size="sm"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="copy-link__field"
        />
      ) : null}
    </div>
  );
}
