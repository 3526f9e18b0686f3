import { defineMessages } from '../../i18n/define-messages';

export const timelineMessages = defineMessages({
  nb: {
    title: 'Klyngeprogrammet 2002–2024',
    lead: 'Milepæler i programmet, med datoen så presis som kilden oppgir den.',
    tableCaption: 'Milepæler i klyngeprogrammet',
    colDate: 'Når',
    colEvent: 'Hva skjedde',
    colSources: 'Kilder',
  },
  en: {
    title: 'The cluster programme 2002–2024',
    lead: 'Milestones of the programme, each dated as precisely as its source gives it.',
    tableCaption: 'Milestones of the cluster programme',
    colDate: 'When',
    colEvent: 'What happened',
    colSources: 'Sources',
  },
});
