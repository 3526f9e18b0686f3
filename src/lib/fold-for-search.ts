/** Folds case and diacritics so "oyde" finds "Øyde" and "energi" finds "Energy": one folding for every search. */
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
