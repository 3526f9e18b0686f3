import type { Lang } from './lang';

/**
 * Messages for one part of the app in both languages. `en` must have exactly the shape of `nb`
 * (the type is inferred from `nb` alone): a missing or misspelt key fails the type check.
 */
export function defineMessages<M extends object>(messages: { nb: M; en: NoInfer<M> }): Record<Lang, M> {
  return messages;
}
