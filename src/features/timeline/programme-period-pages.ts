import type { LevelId } from '../../data/schema/common';
import type { Lang } from '../../i18n/lang';
import type { ProgrammePeriod } from './programme-periods';
import { timelineMessages } from './timeline-messages';

/** One slide's share of the every-cluster periods: rows of one level, and where they sit among that level's. */
export interface ProgrammePeriodPage {
  level: LevelId | null;
  /** 1-based part of the level's rows, and how many parts it has. */
  part: number;
  parts: number;
  rows: ProgrammePeriod[];
}

/**
 * At most this many rows on a slide, as the evaluated clusters' period slides (ADR 023): with more, the rows
 * and their flags ("nivå utledet") shrink below the slide's minimum text size at 1024×768.
 */
export const ROWS_PER_SLIDE = 10;

/**
 * The every-cluster periods split for slides: one level per slide (levels in programme order), a level with
 * more rows than fit continued on further slides of near-equal length. No rows: one empty page, so the
 * figure still has its slide.
 */
export function programmePeriodPages(
  periods: readonly ProgrammePeriod[],
  order: readonly LevelId[],
  perSlide = ROWS_PER_SLIDE,
): ProgrammePeriodPage[] {
  const pages = order.flatMap((level) => {
    const rows = periods.filter((p) => p.level === level);
    if (rows.length === 0) return [];
    const parts = Math.ceil(rows.length / perSlide);
    // The first `rows % parts` slides take one row more than the others.
    const base = Math.floor(rows.length / parts);
    const longer = rows.length % parts;
    const startOf = (i: number) => i * base + Math.min(i, longer);
    return Array.from({ length: parts }, (_, i) => ({
      level,
      part: i + 1,
      parts,
      rows: rows.slice(startOf(i), startOf(i + 1)),
    }));
  });
  return pages.length > 0 ? pages : [{ level: null, part: 1, parts: 1, rows: [] }];
}

/** A page's title: the level it shows, and its part when the level is continued on further slides. */
export function programmePeriodPageTitle(
  page: Pick<ProgrammePeriodPage, 'level' | 'part' | 'parts'>,
  names: Readonly<Record<LevelId, string>>,
  lang: Lang,
): string {
  const t = timelineMessages[lang];
  if (page.level === null) return t.allTitle;
  return page.parts > 1 ? t.allTitlePart(names[page.level], page.part, page.parts) : t.allTitleLevel(names[page.level]);
}

/** The speaker's notes for a page: its rows, how many were evaluated, how many starts and ends are not published. */
export function programmePeriodPageNotes(
  page: ProgrammePeriodPage,
  lang: Lang,
): { figures: string[]; unknowns: string[] } {
  const t = timelineMessages[lang];
  const starts = page.rows.filter((r) => r.start.status === 'unknown').length;
  const ends = page.rows.filter((r) => r.end.status === 'unknown').length;
  return {
    figures: [t.allNotesRows(page.rows.length, page.rows.filter((r) => r.evaluated).length)],
    unknowns: [...(starts > 0 ? [t.allNotesStarts(starts)] : []), ...(ends > 0 ? [t.allNotesEnds(ends)] : [])],
  };
}

/** The sources of a page's rows, each once. */
export function programmePeriodPageSources(page: ProgrammePeriodPage): string[] {
  return [...new Set(page.rows.flatMap((r) => r.sources))];
}
