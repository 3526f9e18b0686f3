import type { DatePrecision, LevelId, LocalizedText, PartialDate } from '../../data/schema/common';
import type { TimelineEvent } from '../../data/schema/timeline';
import { rangeSpan, type TimeSpan } from '../../domain/dates';

/** A programme milestone placed on the time axis. */
export interface Milestone {
  id: string;
  /** 1-based, in time order: the mark on the axis and the row of the table share it. */
  number: number;
  date: PartialDate;
  end: PartialDate | null;
  /** The precision the source gives; a span of dates counts as a range. */
  precision: DatePrecision | 'range';
  span: TimeSpan;
  text: LocalizedText;
  levels: readonly LevelId[];
  sources: readonly string[];
}

/** The events in time order (earliest start first; same start: the coarser, longer one first), numbered. */
export function toMilestones(events: readonly TimelineEvent[]): Milestone[] {
  return events
    .map((event, index) => ({ event, index, span: rangeSpan(event.date, event.end) }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index)
    .map(({ event, span }, index) => ({
      id: event.id,
      number: index + 1,
      date: event.date,
      end: event.end,
      precision: event.end !== null && event.end.raw !== event.date.raw ? 'range' : event.date.precision,
      span,
      text: event.text,
      levels: event.levels,
      sources: event.sources,
    }));
}

/**
 * The years the milestones cover, first to last ("2002–2024"; one year alone if they share it), for titles:
 * derived from the data, never written into a message. Null when there are none.
 */
export function milestoneYears(milestones: readonly Pick<Milestone, 'date' | 'end'>[]): string | null {
  const starts = milestones.map((m) => m.date.year);
  const ends = milestones.map((m) => (m.end ?? m.date).year);
  if (starts.length === 0) return null;
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  return first === last ? String(first) : `${first}–${last}`;
}
