import { LOCALE, type Lang } from './lang';

/**
 * A message's forms by plural category (Intl.PluralRules: nb and en have `one` and `other`). `zero`
 * is an explicit form for exactly 0 ("none of them"), as ICU's `=0`; without it 0 takes `other`.
 */
export interface PluralForms<T> {
  zero?: T;
  one: T;
  other: T;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** The form of a message that fits `count` in the language's plural rules. */
export function plural<T>(count: number, lang: Lang, forms: PluralForms<T>): T {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALE[lang]);
    rules.set(lang, rule);
  }
  return rule.select(count) === 'one' ? forms.one : forms.other;
}
