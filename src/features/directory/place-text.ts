import type { KnownOrUnknownText } from '../../data/schema/directory';
import type { Lang } from '../../i18n/lang';

/** Whether `part` stands as a whole word or name inside `whole` ("Nordland" in "Nordland (Helgeland)"). */
function namedIn(part: string, whole: string): boolean {
  if (part === whole) return false;
  const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(whole);
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
