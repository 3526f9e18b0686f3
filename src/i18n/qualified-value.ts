import type { Qualifier } from '../data/schema/sourced-values';
import type { Lang } from './lang';

/** The words a source's qualifier puts before a value ("om lag 150", "more than 2,000"), in each language. */
const QUALIFIER_WORDS: Readonly<Record<Lang, Readonly<Record<Qualifier, string>>>> = {
  nb: {
    exact: '',
    about: 'om lag ',
    'more-than': 'over ',
    'well-over': 'godt over ',
    'close-to': 'nær ',
    almost: 'nesten ',
    'up-to': 'opptil ',
  },
  en: {
    exact: '',
    about: 'about ',
    'more-than': 'more than ',
    'well-over': 'well over ',
    'close-to': 'close to ',
    almost: 'almost ',
    'up-to': 'up to ',
  },
};

/** A formatted value with the qualifier its source gives, so an approximate figure never reads as exact. */
export function qualifiedValue(qualifier: Qualifier, value: string, lang: Lang): string {
  return `${QUALIFIER_WORDS[lang][qualifier]}${value}`;
}
