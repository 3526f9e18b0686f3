/** Folds case and diacritics so "oyde" finds "Øyde" (the same folding as the ranking's search). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ')
    .trim();
}
