import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { Level } from '../../data/schema/levels';
import type { Lang } from '../../i18n/lang';

/** Level id → display name, from the data (ids fall back to themselves). */
export function levelNames(levels: readonly Level[]): Record<LevelId, string> {
  const names = Object.fromEntries(LEVEL_IDS.map((id) => [id, id])) as Record<LevelId, string>;
  for (const level of levels) names[level.id] = level.name;
  return names;
}

/** "NCE – Norwegian Centres of Expertise"; just the name when the full name says no more. */
export function levelTitle(level: Level, lang: Lang): string {
  return level.fullName[lang] === level.name ? level.name : `${level.name} – ${level.fullName[lang]}`;
}
