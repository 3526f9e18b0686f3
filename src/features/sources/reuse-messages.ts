import { defineMessages } from '../../i18n/define-messages';

export const reuseMessages = defineMessages({
  nb: {
    heading: 'Bruk og siter dataene',
    licenceHeading: 'Lisens',
    licence:
      'Dataene i Klyngeinnsikt – sammenstillingen, de avledede verdiene og våre forklaringer – kan brukes fritt under',
    licenceName: 'Creative Commons Navngivelse 4.0 (CC BY 4.0)',
    licenceAttribution: 'Oppgi «Klyngeinnsikt (CC BY 4.0)» og kildene tallene kommer fra.',
    limits: [
      'Sitater (fra Shifters artikkel og evalueringsrapporten slik Shifter gjengir den) tilhører artikkelen og dem som uttaler seg. De er gjengitt etter sitatretten og er ikke lisensiert av oss.',
      'Kildenes titler og tekst tilhører utgiverne (Shifter, Menon Economics, Innovasjon Norge, klyngene). Tallene vi har hentet fra dem, er fakta; teksten deres er ikke vår å lisensiere.',
      'Navn på klynger og organisasjoner er deres egne.',
    ],
    citeHeading: 'Siter datasettet',
    citeLabel: 'Sitering av datasettet',
    citeNote: 'Dataenes dato er den nyeste datoen blant kildene (avledet).',
    bibtex: 'Last ned BibTeX (.bib)',
    ris: 'Last ned RIS (.ris)',
    saved: (file: string) => `Lastet ned ${file}`,
  },
  en: {
    heading: 'Use and cite the data',
    licenceHeading: 'Licence',
    licence:
      'The data in Klyngeinnsikt – the compilation, the derived values and our explanations – may be used freely under',
    licenceName: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    licenceAttribution: 'Credit “Klyngeinnsikt (CC BY 4.0)” and the sources the figures come from.',
    limits: [
      'Quotations (from Shifter’s article, and the evaluation report as Shifter quotes it) belong to the article and the people quoted. They are reproduced under the right of quotation and are not licensed by us.',
      'The sources’ titles and text belong to their publishers (Shifter, Menon Economics, Innovasjon Norge, the clusters). The figures we took from them are facts; their text is not ours to license.',
      'The names of clusters and organisations are their own.',
    ],
    citeHeading: 'Cite the dataset',
    citeLabel: 'Citation of the dataset',
    citeNote: 'The date of the data is the newest date among the sources (derived).',
    bibtex: 'Download BibTeX (.bib)',
    ris: 'Download RIS (.ris)',
    saved: (file: string) => `Downloaded ${file}`,
  },
});
