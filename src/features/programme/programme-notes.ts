import { formatList, formatNumber } from '../../i18n/format';
import type { ProgrammeChartData } from './programme-series';
import type { YearMark } from './year-bars';
import { publishers, seriesName, valueText, type TextContext } from './year-bars-text';

/** A programme slide's notes for the speaker: how many years have a figure, where sources disagree, the gaps. */
export interface ProgrammeNotes {
  figures: string[];
  unknowns: string[];
}

const markText = (mark: YearMark, ctx: TextContext) => `${valueText(mark, ctx)} (${publishers(mark, ctx)})`;

/** Notes from a figure's data: every value where sources disagree, both sides named; the years with no figure. */
export function programmeNotes(data: ProgrammeChartData, ctx: TextContext): ProgrammeNotes {
  const { t, lang } = ctx;
  const years = data.groups.map((g) => g.year);
  const withFigure = data.groups.filter((g) => g.marks !== null).length;
  const disagreements = data.groups.flatMap((group) => {
    // The marks of one figure or round (keys "<id>-0", "<id>-1"): more than one is sources that disagree.
    const byFigure = new Map<string, YearMark[]>();
    for (const mark of group.marks ?? []) {
      const figure = mark.key.replace(/-\d+$/, '');
      byFigure.set(figure, [...(byFigure.get(figure) ?? []), mark]);
    }
    return [...byFigure.values()]
      .filter((marks) => marks.length > 1)
      .map((marks) =>
        t.notesDisagree(
          String(group.year),
          marks[0] ? seriesName(marks[0], ctx) : '',
          marks.map((m) => markText(m, ctx)).join(' / '),
        ),
      );
  });
  const gaps = data.groups.filter((g) => g.marks === null).map((g) => String(g.year));
  return {
    figures: [
      t.notesYears(
        formatNumber(withFigure, lang),
        formatNumber(years.length, lang),
        Math.min(...years),
        Math.max(...years),
      ),
      ...disagreements,
    ],
    unknowns: gaps.length > 0 ? [t.notesGaps(formatList(gaps, lang))] : [],
  };
}

/** The source ids of a figure's values (applicants too), each once, in the order they appear. */
export function programmeSourceIds(data: ProgrammeChartData): string[] {
  const marks = data.groups.flatMap((g) => g.marks ?? []);
  const ids = [
    ...marks.flatMap((m) => [...m.sources, ...(m.applicants ?? []).flatMap((a) => a.sources)]),
    ...data.unplaced.flatMap((f) => f.values.map((v) => v.source)),
  ];
  return [...new Set(ids)];
}
