import { defineMessages } from '../../i18n/define-messages';

/** The accessibility statement on /sources. Keep it true: update it when the tests or known gaps change. */
export const accessibilityMessages = defineMessages({
  nb: {
    heading: 'Tilgjengelighet',
    goal: 'Klyngeinnsikt skal kunne brukes av alle, også med tastatur, skjermleser, forstørrelse og på en smal mobilskjerm. Målet er WCAG 2.2 nivå A og AA, som går lenger enn kravet i forskrift om universell utforming av IKT (WCAG 2.1).',
    testedHeading: 'Hva som er testet, og hvordan',
    tested: [
      'Automatisk med axe-core (WCAG 2.0, 2.1 og 2.2, nivå A og AA) i Chromium ved hver endring: hver visning, også hver klyngeside og hvert nivå, på bokmål og engelsk, i lyst og mørkt fargetema, og 320 og 1280 piksler bredt.',
      'Tastatur: testene går gjennom hvert tabulatorstopp og sjekker at fokus alltid er synlig, at snarveien til hovedinnholdet virker, og at fokus flyttes til overskriften når du bytter visning. Navigering, å åpne en klynge og å bytte språk og fargetema er testet bare med tastatur.',
      'Tilpasning: ingen visning må rulles sidelengs ved 320 piksler bredde eller med tekst forstørret til 200 %. Brede tabeller ruller i sitt eget område, som kan nås med tastatur. Klikkflater er minst 24 × 24 piksler.',
      'Farger: diagramfargene har minst 3:1 kontrast mot bakgrunnen i begge fargetemaer, og de skiller seg tydelig fra hverandre også ved simulert rød-, grønn- og blåsvakhet (Machado mfl. 2009; CIEDE2000-avstand minst 12). Nivå vises alltid også med tekst eller form.',
      'Hvert diagram har en tittel, en setning som sier hva det viser, og en tabell med de samme tallene.',
      'Skjermbilder av hver visning i begge språk, begge fargetemaer og begge bredder er gått gjennom.',
    ],
    gapsHeading: 'Kjente mangler',
    gaps: [
      'Løsningen er ikke testet med skjermlesere (NVDA, JAWS, VoiceOver, TalkBack) eller av brukere med funksjonsnedsettelser. Automatiske tester finner bare en del av mulige problemer.',
      'Testene kjøres bare i Chromium, ikke i Firefox eller Safari, og ikke i Windows’ modus for tvungne farger (høy kontrast).',
      'Klyngenavn er egennavn og står slik klyngene selv skriver dem, på norsk eller engelsk. De er ikke merket med språk, så en skjermleser kan uttale et engelsk navn med norsk stemme.',
      'Innholdet vises før appens kode er lastet. I det øyeblikket virker lenkene, men nivåvalg, søk og knapper reagerer først når appen har startet (på en treg mobilforbindelse kan det ta noen sekunder).',
      'Kildene vi lenker til (artikler og rapporter på andre nettsteder) er utenfor vår kontroll og kan ha egne mangler.',
    ],
    updated: 'Sist vurdert november 2026.',
  },
  en: {
    heading: 'Accessibility',
    goal: 'Klyngeinnsikt is meant to work for everyone, also by keyboard, with a screen reader, with magnification and on a narrow phone screen. The goal is WCAG 2.2 level A and AA, which goes further than the Norwegian regulation on universal design of ICT (WCAG 2.1).',
    testedHeading: 'What is tested, and how',
    tested: [
      'Automatically with axe-core (WCAG 2.0, 2.1 and 2.2, level A and AA) in Chromium on every change: every view, including each cluster page and each level, in Norwegian and English, in the light and dark colour scheme, and 320 and 1280 pixels wide.',
      'Keyboard: the tests walk every tab stop and check that focus is always visible, that the skip link to the main content works, and that focus moves to the heading when you change view. Navigating, opening a cluster and switching language and colour scheme are tested by keyboard only.',
      'Reflow: no view needs sideways scrolling at 320 pixels wide or with text enlarged to 200 %. Wide tables scroll in their own area, which the keyboard can reach. Targets are at least 24 × 24 pixels.',
      'Colours: chart colours have at least 3:1 contrast against the background in both colour schemes, and stay clearly apart also with simulated red, green and blue colour-vision deficiency (Machado et al. 2009; CIEDE2000 difference at least 12). Level is always also shown by text or shape.',
      'Every chart has a title, one sentence that says what it shows, and a table of the same figures.',
      'Screenshots of every view in both languages, both colour schemes and both widths have been reviewed.',
    ],
    gapsHeading: 'Known shortcomings',
    gaps: [
      'The service has not been tested with screen readers (NVDA, JAWS, VoiceOver, TalkBack) or by users with disabilities. Automated tests find only part of the possible problems.',
      'The tests run only in Chromium, not in Firefox or Safari, and not in Windows’ forced colours (high contrast) mode.',
      'Cluster names are proper names, written as the clusters write them, in Norwegian or English. They are not marked with a language, so a screen reader may say an English name with a Norwegian voice.',
      'The content shows before the app’s code has loaded. In that moment links work, but level choices, search and buttons respond only once the app has started (on a slow mobile connection this can take a few seconds).',
      'The sources we link to (articles and reports on other sites) are outside our control and may have shortcomings of their own.',
    ],
    updated: 'Last reviewed November 2026.',
  },
});
