export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';

/** BCP 47 locale for Intl. */
export const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
