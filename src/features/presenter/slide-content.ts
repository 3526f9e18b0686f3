import { levelNames } from '../../domain/levels';
import { shareUpperBound } from '../../domain/shares';
import { LEVEL_IDS, type LevelId } from '../../data/schema/common';
import type { Source } from '../../data/schema/sources';
import type { Dataset } from '../../data/validate';
import { formatDateRange, formatList, formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { presenterMessages } from './presenter-messages';
import type { Slide, SlideFilters } from './slides';

/** The source ids a slide's figures come from, most important first, without repeats. */
export function slideSourceIds(slide: Slide, dataset: Dataset): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  switch (slide.kind) {
    case 'ranking':
      dataset.clusters.forEach((c) => add(c.share.source));
      add(dataset.evaluation.source);
      break;
    case 'levels':
      dataset.clusters.forEach((c) => add(c.share.source));
      dataset.levels.forEach((l) => add(l.count.source));
      break;
    case 'timeline':
      dataset.events.forEach((e) => e.sources.forEach(add));
      break;
    case 'cluster':
      dataset.clusters.find((c) => c.slug === slide.slug)?.sources.forEach(add);
      break;
  }
  return ids;
}

/** "Shifter (20. februar 2024); Menon Economics (2024)": publisher and date of each source. */
export function sourceLine(sourceIds: readonly string[], sources: readonly Source[], lang: Lang, max = 4): string {
  const named = sourceIds
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => (s.date ? `${s.publisher} (${formatPartialDate(s.date, lang)})` : s.publisher));
  const unique = [...new Set(named)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  const more = rest > 0 ? (lang === 'nb' ? ` og ${rest} til` : ` and ${rest} more`) : '';
  return `${shown.join('; ')}${more}`;
}

/** The active filters in words, for the caption on every slide. */
export function filterCaption(filters: SlideFilters, names: Readonly<Record<LevelId, string>>, lang: Lang): string {
  const t = presenterMessages[lang];
  const parts: string[] = [];
  if (filters.levels.length > 0)
    parts.push(
      t.filterLevels(
        formatList(
          filters.levels.map((l) => names[l]),
          lang,
        ),
      ),
    );
  if (filters.q.trim() !== '') parts.push(t.filterQuery(filters.q.trim()));
  return parts.length === 0 ? t.filterAll : parts.join(' · ');
}

/** Which of the evaluation's listed unknowns belong to which overview slide (by id in evaluation.json). */
const UNKNOWNS_BY_SLIDE: Record<'ranking' | 'levels' | 'timeline', readonly string[]> = {
  ranking: ['respondents-per-cluster', 'inactive-clusters'],
  levels: ['current-nce-gce-names', 'arena-pro-count'],
  timeline: ['exit-years', 'report-publication'],
};

export interface SpeakerNotes {
  figures: string[];
  unknowns: string[];
}

/**
 * Notes for the speaker, generated from the data: the figures on the slide and what is not known.
 * `deck` is the whole deck (its cluster slides are the clusters the current filter shows).
 */
export function speakerNotes(slide: Slide, dataset: Dataset, deck: readonly Slide[], lang: Lang): SpeakerNotes {
  const t = presenterMessages[lang].notes;
  const pct = (value: number) => formatPercent(value, lang);
  const { clusters, evaluation } = dataset;
  const listedUnknowns = (kind: keyof typeof UNKNOWNS_BY_SLIDE) =>
    evaluation.unknowns.filter((u) => UNKNOWNS_BY_SLIDE[kind].includes(u.id)).map((u) => u.text[lang]);
  switch (slide.kind) {
    case 'ranking': {
      const published = clusters.filter((c) => c.share.status === 'published');
      const list = published.map((c) => `${c.name} ${c.share.status === 'published' ? pct(c.share.value) : ''}`);
      const unpublished = clusters.length - published.length;
      const lowest = Math.min(...published.map((c) => (c.share.status === 'published' ? c.share.value : 100)));
      const shown = deck.filter((s) => s.kind === 'cluster').length;
      const figures = [
        t.question(evaluation.question.text[lang]),
        t.overall(pct(evaluation.overallAgreeShare.value), formatNumber(evaluation.respondents.value, lang)),
        t.published(formatList(list, lang)),
      ];
      if (shown !== clusters.length) figures.push(t.filtered(shown, clusters.length));
      return {
        figures,
        unknowns: [...(unpublished > 0 ? [t.unpublished(unpublished, pct(lowest))] : []), ...listedUnknowns('ranking')],
      };
    }
    case 'levels': {
      const names = levelNames(dataset.levels);
      const evaluated = LEVEL_IDS.map(
        (id: LevelId) => `${names[id]} ${formatNumber(clusters.filter((c) => c.level === id).length, lang)}`,
      );
      const programme = dataset.levels.map(
        (l) =>
          `${l.name} ${l.count.status === 'known' ? formatNumber(l.count.value, lang) : presenterMessages[lang].notPublished}`,
      );
      return {
        figures: [t.evaluatedPerLevel(formatList(evaluated, lang)), t.programmePerLevel(formatList(programme, lang))],
        unknowns: listedUnknowns('levels'),
      };
    }
    case 'timeline': {
      const years = dataset.events.map((e) => e.date.year);
      const latest = [...dataset.events].sort((a, b) => a.date.raw.localeCompare(b.date.raw)).at(-1);
      const figures = [t.events(dataset.events.length, Math.min(...years), Math.max(...years))];
      if (latest) figures.push(t.latestEvent(formatDateRange(latest.date, latest.end, lang), latest.text[lang]));
      return { figures, unknowns: listedUnknowns('timeline') };
    }
    case 'cluster': {
      const cluster = clusters.find((c) => c.slug === slide.slug);
      if (!cluster) return { figures: [], unknowns: [] };
      const figures = [t.rank(cluster.rank, clusters.length, levelNames(dataset.levels)[cluster.level])];
      const unknowns: string[] = [];
      if (cluster.share.status === 'published') figures.push(t.share(pct(cluster.share.value)));
      else {
        const bound = shareUpperBound(clusters, cluster.slug);
        unknowns.push(t.shareUnknown(bound === null ? null : pct(bound)));
      }
      if (cluster.members.status === 'known') {
        const m = cluster.members;
        figures.push(t.members(presenterMessages[lang].membersCount(m.qualifier, formatNumber(m.count, lang), m.year)));
      } else unknowns.push(t.membersUnknown);
      figures.push(t.home(cluster.home[lang], cluster.sector[lang]));
      figures.push(t.exit(formatDateRange(cluster.exit.date, cluster.exit.latest, lang)));
      if (cluster.formerNames.length > 0) figures.push(t.formerNames(formatList(cluster.formerNames, lang)));
      return { figures, unknowns };
    }
  }
}
