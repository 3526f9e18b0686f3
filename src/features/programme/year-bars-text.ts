import type { LevelId } from '../../data/schema/common';
import type { Source } from '../../data/schema/sources';
import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../../i18n/format';
import type { YearBarRow, YearMark } from './year-bars';
import type { programmeMessages } from './programme-messages';

type Messages = (typeof programmeMessages)['nb'];

export interface TextContext {
  t: Messages;
  lang: Lang;
  levelNames: Readonly<Record<LevelId, string>>;
  sources: readonly Source[];
}

export const seriesName = (mark: YearMark, ctx: TextContext): string =>
  mark.level === null ? (ctx.t.series[mark.series] ?? mark.series) : ctx.levelNames[mark.level];

/** "om lag 150", or "ikke publisert"; an inferred value says so. */
export function valueText(mark: YearMark, ctx: TextContext): string {
  if (mark.value === null) return ctx.t.notPublished;
  const text = ctx.t.value(mark.qualifier, formatNumber(mark.value, ctx.lang));
  return mark.inferred ? `${text} ${ctx.t.inferred}` : text;
}

/** The publishers of a mark's sources, each once. */
export function publishers(mark: YearMark, ctx: TextContext): string {
  const names = mark.sources.map((id) => ctx.sources.find((s) => s.id === id)?.publisher ?? id);
  return [...new Set(names)].join(', ');
}

export function rowLabel(row: YearBarRow, ctx: TextContext): string {
  if (!row.mark) return ctx.t.notPublished;
  if (row.mark.value === null) return `${seriesName(row.mark, ctx)}: ${ctx.t.notPublished}`;
  return ctx.t.barLabel(seriesName(row.mark, ctx), valueText(row.mark, ctx), publishers(row.mark, ctx));
}
