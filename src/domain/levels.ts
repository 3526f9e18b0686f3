import { LEVEL_IDS, type LevelId } from '../data/schema/level-ids';
import type { Level } from '../data/schema/levels';
import type { Lang } from '../i18n/lang';

/** Level id → display name, from levels.json (an id the data does not name stands for itself). */
export function levelNames(levels: readonly Pick<Level, 'id' | 'name'>[]): Record<LevelId, string> {
  const names = Object.fromEntries(LEVEL_IDS.map((id) => [id, id])) as Record<LevelId, string>;
  for (const level of levels) names[level.id] = level.name;
  return names;
}

/** The level ids in the order levels.json gives them (lowest level first). */
export function levelOrder(levels: readonly Pick<Level, 'id'>[]): LevelId[] {
  return levels.map((level) => level.id);
}

/** "NCE – Norwegian Centres of Expertise"; just the name when the full name says no more. */
export function levelTitle(level: Pick<Level, 'name' | 'fullName'>, lang: Lang): string {
  return level.fullName[lang] === level.name ? level.name : `${level.name} – ${level.fullName[lang]}`;
}

/** A `:level` path segment as a level id, or null for anything else (the view answers "not found"). */
export function parseLevelParam(raw: string | undefined): LevelId | null {
  return LEVEL_IDS.find((id) => id === raw) ?? null;
}
