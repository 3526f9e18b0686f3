export { foldForSearch } from '../../lib/fold-for-search';
/**
 * A query word cut back to its stem, so an inflected form still finds the indexed word by prefix:
 * Norwegian plural and definite endings ("medier" → "medi", "klyngene" → "klyng") and English plurals
 * ("oceans" → "ocean"). Only words long enough to keep a four-letter stem are cut.
 */
export function stemQueryTerm(term: string): string {
  for (const ending of ['ene', 'ane', 'er', 'en', 'et', 's']) {
    if (term.endsWith(ending) && term.length - ending.length >= 4) return term.slice(0, -ending.length);
  }
  return term;
}
