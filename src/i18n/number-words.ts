import type { Lang } from './lang';

const WORDS: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/**
 * A count as a word in running text ("fire nivåer", "four levels"), as both languages' style guides write
 * small numbers; from 13 on, digits.
 */
export function numberWord(count: number, lang: Lang): string {
  return (Number.isInteger(count) && count >= 0 ? WORDS[lang][count] : undefined) ?? String(count);
}
