import { defineMessages } from '../../i18n/define-messages';

export const levelMessages = defineMessages({
  nb: {
    title: 'Klyngeprogrammets nivåer',
    lead: 'Klyngeprogrammet er delt i nivåer. Her er hva hvert nivå er, hvor mange klynger det har, og hvilke av de 19 evaluerte klyngene som hadde det.',
    tableCaption: 'Nivåene i klyngeprogrammet',
    colLevel: 'Nivå',
    colWhat: 'Hva det er',
    colCount: 'Antall klynger',
    colStarted: 'Startet',
    colEvaluated: 'Blant de 19 evaluerte (avledet)',
    countUnknown: 'ikke publisert',
  },
  en: {
    title: 'The levels of the cluster programme',
    lead: 'The cluster programme is divided into levels. Here is what each level is, how many clusters it has, and which of the 19 evaluated clusters held it.',
    tableCaption: 'The levels of the cluster programme',
    colLevel: 'Level',
    colWhat: 'What it is',
    colCount: 'Number of clusters',
    colStarted: 'Started',
    colEvaluated: 'Among the 19 evaluated (derived)',
    countUnknown: 'not published',
  },
});
