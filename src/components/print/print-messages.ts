import { defineMessages } from '../../i18n/define-messages';

export const printMessages = defineMessages({
  nb: {
    printed: (date: string) => `Skrevet ut ${date} fra Klyngeinnsikt.`,
    link: 'Lenke',
    qrLabel: (url: string) => `QR-kode med lenke til denne siden: ${url}`,
    qrHint: 'Skann for å åpne siden med de samme valgene.',
  },
  en: {
    printed: (date: string) => `Printed ${date} from Klyngeinnsikt.`,
    link: 'Link',
    qrLabel: (url: string) => `QR code linking to this page: ${url}`,
    qrHint: 'Scan to open the page with the same choices.',
  },
});
