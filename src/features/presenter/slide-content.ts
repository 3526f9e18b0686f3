import type { LevelId } from '../../data/schema/common';
import { evaluatedClusters } from '../../domain/evaluated';
import { countByLevel, levelsHeld } from '../../domain/level-groups';
import { levelNames, levelOrder } from '../../domain/levels';
import { publishedShare, shareUpperBound, shareUpperBounds } from '../../domain/shares';
import type { Source } from '../../data/schema/sources';
import type { Dataset } from '../../data/validate';
import { formatDateRange, formatList, formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { presenterMessages } from './presenter-messages';
import type { SlideFilters, SpeakerNotes } from './slides';

/** "Shifter (20. februar 2024); Menon Economics (2024)": publisher and date of each source. */
export function sourceLine(sourceIds: readonly string[], sources: readonly Source[], lang: Lang, max = 4): string {
  const named = sourceIds
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => (s.date ? `${s.publisher} (${formatPartialDate(s.date, lang)})` : s.publisher));
  const unique = [...new Set(named)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  const more = rest > 0 ? presenterMessages[lang].sourcesMore(rest) : '';
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

/** The evaluation's listed unknowns with the given ids (in evaluation.json), in the language. */
function listedUnknowns(dataset: Dataset, ids: readonly string[], lang: Lang): string[] {
  return dataset.evaluation.unknowns.filter((u) => ids.includes(u.id)).map((u) => u.text[lang]);
}

/** Source ids without repeats, in order of first appearance. */
function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The ranking slide's sources: every share's source, then the report. */
export function rankingSourceIds(dataset: Dataset): string[] {
  return unique([...evaluatedClusters(dataset).map((c) => c.share.source), dataset.evaluation.source]);
}

/** The level slide's sources: the shares, then each level's count. */
export function levelsSourceIds(dataset: Dataset): string[] {
  return unique([
    ...evaluatedClusters(dataset).map((c) => c.share.source),
    ...dataset.levels.map((l) => l.count.source),
  ]);
}

/** The milestones slide's sources: each event's. */
export function milestonesSourceIds(dataset: Dataset): string[] {
  return unique(dataset.events.flatMap((e) => e.sources));
}

/** The periods slide's sources: each evaluated cluster's. */
export function periodsSourceIds(dataset: Dataset): string[] {
  return unique(evaluatedClusters(dataset).flatMap((c) => c.sources));
}

/** A cluster slide's sources. */
export function clusterSourceIds(dataset: Dataset, slug: string): string[] {
  return unique(evaluatedClusters(dataset).find((c) => c.slug === slug)?.sources ?? []);
}

/** Notes for the ranking slide: the question, the overall share, the published shares, what is not known. */
export function rankingNotes(dataset: Dataset, clusterSlides: number, lang: Lang): SpeakerNotes {
  const t = presenterMessages[lang].notes;
  const pct = (value: number) => formatPercent(value, lang);
  const { evaluation } = dataset;
  const clusters = evaluatedClusters(dataset);
  const published = clusters.filter((c) => publishedShare(c) !== null);
  const list = published.map((c) => `${c.name} ${pct(publishedShare(c) ?? 0)}`);
  const unpublished = clusters.length - published.length;
  const bounds = [...shareUpperBounds(clusters).values()].filter((b): b is number => b !== null);
  const figures = [
    t.question(evaluation.question.text[lang]),
    t.overall(pct(evaluation.overallAgreeShare.value), formatNumber(evaluation.respondents.value, lang)),
    t.published(formatList(list, lang)),
  ];
  if (clusterSlides !== clusters.length) figures.push(t.filtered(clusterSlides, clusters.length));
  const bound = bounds.length > 0 ? pct(Math.max(...bounds)) : null;
  return {
    figures,
    unknowns: [
      ...(unpublished > 0 ? [t.unpublished(unpublished, bound)] : []),
      ...listedUnknowns(dataset, ['respondents-per-cluster', 'inactive-clusters'], lang),
    ],
  };
}

/** Notes for the levels slide: evaluated clusters and programme clusters per level. */
export function levelsNotes(dataset: Dataset, lang: Lang): SpeakerNotes {
  const t = presenterMessages[lang].notes;
  const names = levelNames(dataset.levels);
  const counts = countByLevel(evaluatedClusters(dataset));
  const evaluated = levelOrder(dataset.levels).map((id) => `${names[id]} ${formatNumber(counts[id], lang)}`);
  const programme = dataset.levels.map(
    (l) =>
      `${l.name} ${l.count.status === 'known' ? formatNumber(l.count.value, lang) : presenterMessages[lang].notPublished}`,
  );
  return {
    figures: [t.evaluatedPerLevel(formatList(evaluated, lang)), t.programmePerLevel(formatList(programme, lang))],
    unknowns: listedUnknowns(dataset, ['current-nce-gce-names', 'arena-pro-count'], lang),
  };
}

/** Notes for the milestones slide: how many events, from when to when, and the latest. */
export function milestonesNotes(dataset: Dataset, lang: Lang): SpeakerNotes {
  const t = presenterMessages[lang].notes;
  const years = dataset.events.map((e) => e.date.year);
  const latest = [...dataset.events].sort((a, b) => a.date.raw.localeCompare(b.date.raw)).at(-1);
  const figures = [t.events(dataset.events.length, Math.min(...years), Math.max(...years))];
  if (latest) figures.push(t.latestEvent(formatDateRange(latest.date, latest.end, lang), latest.text[lang]));
  return { figures, unknowns: listedUnknowns(dataset, ['exit-years', 'report-publication'], lang) };
}

/** Notes for the periods slide: how many evaluated clusters per level, and that exit years are not published. */
export function periodsNotes(dataset: Dataset, lang: Lang): SpeakerNotes {
  const t = presenterMessages[lang].notes;
  const names = levelNames(dataset.levels);
  const counts = countByLevel(evaluatedClusters(dataset));
  const evaluated = levelsHeld(evaluatedClusters(dataset), levelOrder(dataset.levels)).map(
    (id) => `${names[id]} ${formatNumber(counts[id], lang)}`,
  );
  return {
    figures: [t.evaluatedPerLevel(formatList(evaluated, lang))],
    unknowns: listedUnknowns(dataset, ['exit-years'], lang),
  };
}

/** Notes for one cluster's slide: rank, share or its derived bound, members, home, exit, former names. */
export function clusterNotes(dataset: Dataset, slug: string, lang: Lang): SpeakerNotes {
  const t = presenterMessages[lang].notes;
  const pct = (value: number) => formatPercent(value, lang);
  const clusters = evaluatedClusters(dataset);
  const cluster = clusters.find((c) => c.slug === slug);
  if (!cluster) return { figures: [], unknowns: [] };
  const figures = [t.rank(cluster.rank, clusters.length, levelNames(dataset.levels)[cluster.level])];
  const unknowns: string[] = [];
  const share = publishedShare(cluster);
  if (share !== null) figures.push(t.share(pct(share)));
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
