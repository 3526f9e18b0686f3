import type { PartialDate } from './schema/common';
import type { Source } from './schema/sources';

/** A source as a reader names it: "Publisher: Title", and its URL. */
export function describeSources(sources: readonly Source[]): (id: string) => { name: string; url: string } | undefined {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => {
    const source = byId.get(id);
    return source ? { name: `${source.publisher}: ${source.title}`, url: source.url } : undefined;
  };
}

/**
 * Derived: the date of the data, i.e. the newest publication date among the sources, at the precision
 * that source gives ("2024-04"). Null when no source has a date.
 */
export function newestSourceDate(sources: readonly Pick<Source, 'date'>[]): PartialDate | null {
  return sources.reduce<PartialDate | null>((newest, s) => {
    if (s.date === null) return newest;
    if (newest === null) return s.date;
    // Partial ISO dates compare as text; of "2024" and "2024-04" the more precise one is kept.
    return s.date.raw > newest.raw ? s.date : newest;
  }, null);
}
