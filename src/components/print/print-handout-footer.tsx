import { Paragraph } from '@digdir/designsystemet-react';
import { formatPartialDate } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useCurrentLink } from '../ui/current-link';
import { printMessages } from './print-messages';
import { QrCode } from './qr-code';

function todayAsPartialDate(now: Date) {
  const [year, month, day] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const raw = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { raw, year, month, day, precision: 'day' } as const;
}

/**
 * The foot of a printed handout (shown only in print): the date it was printed, the deep link to the
 * view with its filters (without presentation mode) and the same link as a QR code.
 */
export function PrintHandoutFooter({ pathname }: { pathname?: string }) {
  const t = useMessages(printMessages);
  const lang = useLang();
  const link = useCurrentLink(pathname === undefined ? { presentation: false } : { pathname, presentation: false });
  return (
    <footer className="print-handout">
      <QrCode text={link} label={t.qrLabel(link)} />
      <div>
        <Paragraph data-size="sm">{t.printed(formatPartialDate(todayAsPartialDate(new Date()), lang))}</Paragraph>
        <Paragraph data-size="sm">
          {t.link}: <span className="print-handout__url">{link}</span>
        </Paragraph>
        <Paragraph data-size="sm">{t.qrHint}</Paragraph>
      </div>
    </footer>
  );
}
