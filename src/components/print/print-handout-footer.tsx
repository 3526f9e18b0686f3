import { Paragraph } from '@digdir/designsystemet-react';
import { formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { usePrintStart } from '../../lib/use-print-start';
import { useCurrentLink } from '../ui/current-link';
import { dayOf } from './print-date';
import { printMessages } from './print-messages';
import { QrCode } from './qr-code';
import { knownQrMatrix } from './known-qr-codes';
import { qrMatrixOf } from './qr-matrix-cache';

/**
 * The foot of a printed handout (shown only in print): the date it was printed, the deep link to the
 * view with its filters (without presentation mode) and the same link as a QR code.
 *
 * The date is set when printing starts, never in the prerendered markup (it would be the build's day,
 * and differ on any later day). The QR code is drawn by the prerender; the client adopts that drawing
 * when hydrating (`adoptDrawnQrCodes`) and encodes a link only when it prints one it has not drawn yet.
 * ADR 030.
 */
export function PrintHandoutFooter({ pathname }: { pathname?: string }) {
  const t = useMessages(printMessages);
  const lang = useLang();
  const printedAt = usePrintStart();
  const link = useCurrentLink(pathname === undefined ? { presentation: false } : { pathname, presentation: false });
  // The prerender encodes the link; the browser draws what the prerender drew (hydrating finds it),
  // and encodes a link only when the page is printed — not when the link changes as hydration ends
  // (a visit with ?lang=en), which would put the encoder in the start-up's longest task.
  const matrix = import.meta.env.SSR || printedAt !== null ? qrMatrixOf(link) : knownQrMatrix(link);
  return (
    <footer className="print-handout">
      {matrix && <QrCode text={link} matrix={matrix} label={t.qrLabel(link)} />}
      <div>
        {printedAt && <Paragraph data-size="sm">{t.printed(formatPartialDate(dayOf(printedAt), lang))}</Paragraph>}
        <Paragraph data-size="sm">
          {t.link}: <span className="print-handout__url">{link}</span>
        </Paragraph>
        <Paragraph data-size="sm">{t.qrHint}</Paragraph>
      </div>
    </footer>
  );
}
