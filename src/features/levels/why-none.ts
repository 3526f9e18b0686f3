import type { Dataset } from '../../data/validate';
import { evaluatedClusters, evaluatedCount, exitPeriodText } from '../../domain/evaluated';
import { levelsHeld } from '../../domain/level-groups';
import { levelNames, levelOrder } from '../../domain/levels';
import { formatList } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { levelMessages } from './level-messages';

/** Why the evaluation says nothing about a level none of its clusters held: when they left, and which levels they held. */
export function whyNoneText(dataset: Pick<Dataset, 'clusters' | 'levels' | 'evaluation'>, lang: Lang): string {
  const names = levelNames(dataset.levels);
  const held = levelsHeld(evaluatedClusters(dataset), levelOrder(dataset.levels)).map((id) => names[id]);
  return levelMessages[lang].whyNone(
    exitPeriodText(dataset),
    evaluatedCount(dataset),
    formatList(held, lang, 'disjunction'),
  );
}
