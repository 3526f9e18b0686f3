import { defineMessages } from '../../i18n/define-messages';

export const filterMessages = defineMessages({
  nb: {
    filterHeading: 'Filtrer',
    levelLegend: 'Nivå',
    levelDescription: 'Velg ett eller flere nivåer. Ingen valgt viser alle. Tallet er antall evaluerte klynger.',
    levelChip: (name: string, count: number) => `${name} (${count})`,
    searchLabel: 'Søk etter klynge',
    searchDescription: 'Søker i navn, tidligere navn, sted og bransje.',
    reset: 'Nullstill filter',
  },
  en: {
    filterHeading: 'Filter',
    levelLegend: 'Level',
    levelDescription: 'Choose one or more levels. None chosen shows all. The number is how many evaluated clusters.',
    levelChip: (name: string, count: number) => `${name} (${count})`,
    searchLabel: 'Search for a cluster',
    searchDescription: 'Searches names, former names, place and sector.',
    reset: 'Reset filter',
  },
});
