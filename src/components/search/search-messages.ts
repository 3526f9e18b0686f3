import { defineMessages } from '../../i18n/define-messages';

export const searchMessages = defineMessages({
  nb: {
    didYouMeanQuestion: 'Mente du …?',
  },
  en: {
    didYouMeanQuestion: 'Did you mean …?',
  },
});
