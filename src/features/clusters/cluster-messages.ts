import { defineMessages } from '../../i18n/define-messages';

export const clusterMessages = defineMessages({
  nb: {
    rankingTitle: 'Ga klyngemedlemskapet internasjonale relasjoner?',
    rankingLead:
      'Menon Economics evaluerte 19 klynger som gikk ut av klyngeprogrammet i 2020–2023. Medlemmene ble spurt om medlemskapet har gitt dem internasjonale relasjoner de ellers ikke ville fått.',
    tableCaption: 'De 19 evaluerte klyngene, fra best til dårligst på internasjonale relasjoner',
    colRank: 'Plass',
    colCluster: 'Klynge',
    colLevel: 'Nivå',
    colShare: 'Andel enig',
    colHome: 'Sted',
    levelName: { arena: 'Arena', 'arena-pro': 'Arena Pro', nce: 'NCE', gce: 'GCE' },
    shareUnknown: (bound: string | null) => (bound ? `ikke publisert (≤ ${bound}, avledet)` : 'ikke publisert'),
  },
  en: {
    rankingTitle: 'Did cluster membership bring international relations?',
    rankingLead:
      'Menon Economics evaluated 19 clusters that left the cluster programme in 2020–2023. Members were asked whether membership gave them international relations they would not otherwise have had.',
    tableCaption: 'The 19 evaluated clusters, from best to worst on international relations',
    colRank: 'Rank',
    colCluster: 'Cluster',
    colLevel: 'Level',
    colShare: 'Share agreeing',
    colHome: 'Location',
    levelName: { arena: 'Arena', 'arena-pro': 'Arena Pro', nce: 'NCE', gce: 'GCE' },
    shareUnknown: (bound: string | null) => (bound ? `not published (≤ ${bound}, derived)` : 'not published'),
  },
});
