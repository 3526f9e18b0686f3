import { defineMessages } from '../../i18n/define-messages';

export const colorSchemeMessages = defineMessages({
  nb: {
    label: 'Fargetema',
    auto: 'Auto',
    autoTitle: 'Følg innstillingen på enheten',
    light: 'Lys',
    dark: 'Mørk',
  },
  en: {
    label: 'Colour scheme',
    auto: 'Auto',
    autoTitle: 'Follow the setting of your device',
    light: 'Light',
    dark: 'Dark',
  },
});
