import type { KnownOrUnknownText } from '../../data/schema/directory';
import type { Lang } from '../../i18n/lang';

const LETTER = /^\p{L}$/u;

/** Whether a letter (of any script) ends just before `index` in `text`; false at its start. */
function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: the letter is the pair.
  const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return LETTER.test(text.slice(start, index));
}

/** Whether a letter (of any script) starts at `index` in `text`; false at its end. */
function letterAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && LETTER.test(String.fromCodePoint(code));
}

/**
 * Whether `part` stands as a whole word or name inside `whole` ("Nordland" in "Nordland (Helgeland)"). One
 * regular expression for every call, not one built per pair: a `\p{L}` pattern compiled for each of the
 * directory's 100-odd rows took 96 ms at 4× CPU while /clusters hydrated (issue 15).
 */
export function namedIn(part: string, whole: string): boolean {
  if (part === whole) return false;
  for (let at = whole.indexOf(part); at !== -1; at = whole.indexOf(part, at + 1)) {
    if (!letterBefore(whole, at) && !letterAt(whole, at + part.length)) return true;
  }
  return false;
}

/**
 * Home and county in one cell: what is known of them, or `unknown` when neither is. A county the home already
 * names is left out ("Oslo (Ulven)", not "Oslo (Ulven), Oslo").
 */
export function placeText(home: KnownOrUnknownText, county: KnownOrUnknownText, lang: Lang, unknown: string): string {
  const known = [...new Set([home, county].flatMap((value) => ('status' in value ? [] : [value[lang]])))];
  const shown = known.filter((text) => !known.some((other) => namedIn(text, other)));
  return shown.length === 0 ? unknown : shown.join(', ');
}
