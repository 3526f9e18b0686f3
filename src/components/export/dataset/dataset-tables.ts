import type { KnownOrUnknownText } from '../../../data/schema/directory';
import type { PartialDate, UnknownReason } from '../../../data/schema/common';
import type { Boundary, SourcedValues } from '../../../data/schema/sourced-values';
import type { Dataset } from '../../../data/validate';
import type { Lang } from '../../../i18n/lang';
import { sourceCells, type CsvCell, type CsvRows } from '../csv';
import type { DatasetTable } from './dataset-files';

/** One column of a tidy table: its header and description in both languages, and its value per row. */
export interface DatasetColumn<Row> {
  nb: string;
  en: string;
  about: { nb: string; en: string };
  value: (row: Row, lang: Lang) => CsvCell;
}

/** A table as the dictionary describes it (column headers and descriptions in both languages). */
export interface DatasetTableSpec {
  name: DatasetTable;
  about: { nb: string; en: string };
  columns: readonly Omit<DatasetColumn<never>, 'value'>[];
  /** The header row and one row per record, in a language. */
  rows: (dataset: Dataset, lang: Lang) => CsvRows;
}

const UNKNOWN: Record<UnknownReason, Record<Lang, string>> = {
  'not-published': { nb: 'ikke publisert', en: 'not published' },
  'not-found': { nb: 'ikke funnet', en: 'not found' },
};
const KNOWN = { nb: 'kjent', en: 'known' } as const;
const PUBLISHED = { nb: 'publisert', en: 'published' } as const;

/** A text in the language, or the explicit words for an unknown one (never an empty guess). */
const textIn = (text: KnownOrUnknownText, lang: Lang): string =>
  'status' in text ? UNKNOWN[text.reason][lang] : text[lang];

/** A date at its precision, or a span "2014–2019" when the source gives only that. */
const dateText = (date: PartialDate | null, latest: PartialDate | null = null): string | null =>
  date === null ? null : latest === null ? date.raw : `${date.raw}–${latest.raw}`;

/** Every value where sources disagree, joined; a single value stays a number. */
function valuesCell(values: SourcedValues): CsvCell {
  if (values.length === 1) return values[0]?.value ?? null;
  return values.map((v) => String(v.value)).join(' | ');
}

/** A boundary's dates (both, where sources disagree), or null when it is unknown. */
const boundaryDates = (boundary: Boundary): string | null =>
  boundary.status === 'unknown' ? null : boundary.values.map((v) => dateText(v.date, v.latest)).join(' | ');

const boundaryStatus = (boundary: Boundary, lang: Lang): string =>
  boundary.status === 'unknown'
    ? UNKNOWN[boundary.reason][lang]
    : boundary.values.some((v) => v.confidence === 'I')
      ? { nb: 'utledet (I)', en: 'inferred (I)' }[lang]
      : KNOWN[lang];

const boundarySources = (boundary: Boundary): string[] =>
  boundary.status === 'unknown' ? [] : boundary.values.map((v) => v.source);

const valuesSources = (values: SourcedValues): string[] => values.map((v) => v.source);

/** The two source columns every table ends with: names, then URLs (never internal ids). */
function sourceColumns<Row>(ids: (row: Row) => readonly string[]): DatasetColumn<Row>[] {
  return [
    {
      nb: 'Kilder',
      en: 'Sources',
      about: {
        nb: 'Utgiver og tittel på kildene, skilt med |',
        en: 'Publisher and title of the sources, separated by |',
      },
      value: (row) => sourceCells(ids(row))[0],
    },
    {
      nb: 'Kilde-URL-er',
      en: 'Source URLs',
      about: { nb: 'Kildenes adresser, skilt med mellomrom', en: 'The sources’ addresses, separated by spaces' },
      value: (row) => sourceCells(ids(row))[1],
    },
  ];
}

function table<Row>(
  name: DatasetTable,
  about: { nb: string; en: string },
  records: (dataset: Dataset) => readonly Row[],
  columns: readonly DatasetColumn<Row>[],
): DatasetTableSpec {
  return {
    name,
    about,
    columns: columns.map(({ nb, en, about: text }) => ({ nb, en, about: text })),
    rows: (dataset, lang) => [
      columns.map((column) => column[lang]),
      ...records(dataset).map((row) => columns.map((column) => column.value(row, lang))),
    ],
  };
}

const slugColumn = <Row extends { slug: string }>(): DatasetColumn<Row> => ({
  nb: 'Id',
  en: 'Id',
  about: {
    nb: 'Klyngens faste id (adressen /clusters/<id>)',
    en: 'The cluster’s stable id (the address /clusters/<id>)',
  },
  value: (row) => row.slug,
});

type DirectoryRecord = Dataset['directory'][number];
type PeriodRecord = DirectoryRecord['levels'][number] & { slug: string; name: string };
type FigureRecord = Dataset['programme']['figures'][number];
type FigureValueRecord = FigureRecord & { value: FigureRecord['values'][number] };
type IntakeRecord = Dataset['programme']['intakes'][number];
type EvaluatedRecord = Dataset['clusters'][number];
type SourceRecord = Dataset['sources'][number];

const clusters = table<DirectoryRecord>(
  'clusters',
  { nb: 'Hver klynge i kildene, én rad per klynge', en: 'Every cluster in the sources, one row per cluster' },
  (d) => d.directory,
  [
    slugColumn(),
    { nb: 'Navn', en: 'Name', about: { nb: 'Navnet i dag', en: 'The name today' }, value: (c) => c.name },
    {
      nb: 'Tidligere navn',
      en: 'Former names',
      about: { nb: 'Skilt med |', en: 'Separated by |' },
      value: (c) => c.formerNames.join(' | ') || null,
    },
    {
      nb: 'Andre navn',
      en: 'Other names',
      about: { nb: 'Navn kildene bruker, skilt med |', en: 'Names the sources use, separated by |' },
      value: (c) => c.aliases.join(' | ') || null,
    },
    { nb: 'Sted', en: 'Home', about: { nb: 'Hjemsted', en: 'Home town' }, value: (c, lang) => textIn(c.home, lang) },
    { nb: 'Fylke', en: 'County', about: { nb: 'Fylke', en: 'County' }, value: (c, lang) => textIn(c.county, lang) },
    { nb: 'Bransje', en: 'Sector', about: { nb: 'Bransje', en: 'Sector' }, value: (c, lang) => textIn(c.sector, lang) },
    {
      nb: 'Nettsted',
      en: 'Website',
      about: { nb: 'Tomt når kildene ikke gir det', en: 'Empty when the sources give none' },
      value: (c) => c.website,
    },
    ...sourceColumns<DirectoryRecord>((c) => c.sources),
  ],
);

const levelPeriods = table<PeriodRecord>(
  'level-periods',
  {
    nb: 'Hver periode en klynge har hatt på et nivå (Arena, Arena Pro, NCE, GCE)',
    en: 'Every period a cluster held a level (Arena, Arena Pro, NCE, GCE)',
  },
  (d) => d.directory.flatMap((c) => c.levels.map((period) => ({ ...period, slug: c.slug, name: c.name }))),
  [
    slugColumn(),
    {
      nb: 'Navn',
      en: 'Name',
      about: { nb: 'Klyngens navn i dag', en: 'The cluster’s name today' },
      value: (p) => p.name,
    },
    {
      nb: 'Nivå',
      en: 'Level',
      about: { nb: 'arena, arena-pro, nce eller gce', en: 'arena, arena-pro, nce or gce' },
      value: (p) => p.level,
    },
    {
      nb: 'NCE som merkevare',
      en: 'NCE as a brand',
      about: { nb: 'ja: fra 2019 er NCE en merkevare, ikke et nivå', en: 'yes: from 2019 NCE is a brand, not a level' },
      value: (p, lang) => (p.brand ? { nb: 'ja', en: 'yes' }[lang] : null),
    },
    {
      nb: 'Start',
      en: 'Start',
      about: {
        nb: 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD; et spenn «fra–til» der kilden bare gir det; flere verdier skilt med | der kildene er uenige',
        en: 'YYYY, YYYY-MM or YYYY-MM-DD; a span "from–to" where the source gives only that; several values separated by | where sources disagree',
      },
      value: (p) => boundaryDates(p.start),
    },
    {
      nb: 'Start-status',
      en: 'Start status',
      about: { nb: 'kjent, utledet (I) eller ikke publisert', en: 'known, inferred (I) or not published' },
      value: (p, lang) => boundaryStatus(p.start, lang),
    },
    { nb: 'Slutt', en: 'End', about: { nb: 'Som Start', en: 'As Start' }, value: (p) => boundaryDates(p.end) },
    {
      nb: 'Slutt-status',
      en: 'End status',
      about: { nb: 'Som Start-status', en: 'As Start status' },
      value: (p, lang) => boundaryStatus(p.end, lang),
    },
    ...sourceColumns<PeriodRecord>((p) => [...boundarySources(p.start), ...boundarySources(p.end)]),
  ],
);

const evaluation = table<EvaluatedRecord>(
  'evaluation',
  {
    nb: 'Menon Economics’ evaluering (2024): de 19 klyngene i artikkelens rekkefølge og andelen medlemmer som fikk internasjonale relasjoner',
    en: 'Menon Economics’ evaluation (2024): the 19 clusters in the article’s order and the share of members who gained international relations',
  },
  (d) => d.clusters,
  [
    {
      nb: 'Plass',
      en: 'Rank',
      about: { nb: 'Plass i artikkelens liste (1 = best)', en: 'Place in the article’s list (1 = best)' },
      value: (c) => c.rank,
    },
    slugColumn(),
    { nb: 'Navn', en: 'Name', about: { nb: 'Klyngens navn', en: 'The cluster’s name' }, value: (c) => c.name },
    {
      nb: 'Nivå',
      en: 'Level',
      about: { nb: 'Nivået ved evalueringen', en: 'The level at the evaluation' },
      value: (c) => c.level,
    },
    {
      nb: 'Andel (%)',
      en: 'Share (%)',
      about: {
        nb: 'Publisert andel i prosent; tom når den ikke er publisert (aldri 0)',
        en: 'Published share in per cent; empty when not published (never 0)',
      },
      value: (c) => (c.share.status === 'published' ? c.share.value : null),
    },
    {
      nb: 'Andel-status',
      en: 'Share status',
      about: { nb: 'publisert eller ikke publisert', en: 'published or not published' },
      value: (c, lang) => (c.share.status === 'published' ? PUBLISHED[lang] : UNKNOWN[c.share.reason][lang]),
    },
    ...sourceColumns<EvaluatedRecord>((c) => [c.share.source]),
  ],
);

const yearlyFigures = table<FigureValueRecord>(
  'yearly-figures',
  {
    nb: 'Programmet i tall: én rad per verdi (to rader der kildene er uenige)',
    en: 'The programme in numbers: one row per value (two rows where sources disagree)',
  },
  (d) => d.programme.figures.flatMap((f) => f.values.map((value) => ({ ...f, value }))),
  [
    { nb: 'Id', en: 'Id', about: { nb: 'Tallets id', en: 'The figure’s id' }, value: (f) => f.id },
    {
      nb: 'Mål',
      en: 'Metric',
      about: { nb: 'Hva tallet måler (engelsk kode)', en: 'What the figure measures (code)' },
      value: (f) => f.metric,
    },
    {
      nb: 'Nivå',
      en: 'Level',
      about: { nb: 'Tomt: hele programmet', en: 'Empty: the whole programme' },
      value: (f) => f.level,
    },
    {
      nb: 'Dato',
      en: 'Date',
      about: {
        nb: 'Datoen med kildens presisjon; et spenn der kilden er udatert',
        en: 'The date at the source’s precision; a span where the source is undated',
      },
      value: (f) => dateText(f.date, f.latest),
    },
    {
      nb: 'Fra',
      en: 'From',
      about: { nb: 'Start for en sum over et tidsrom', en: 'Start of a total over a span' },
      value: (f) => dateText(f.from),
    },
    {
      nb: 'Omtrentlig dato',
      en: 'Approximate date',
      about: { nb: 'ja når kilden sier «ca.»', en: 'yes when the source says "c."' },
      value: (f, lang) => (f.circa ? { nb: 'ja', en: 'yes' }[lang] : null),
    },
    {
      nb: 'Enhet',
      en: 'Unit',
      about: { nb: 'clusters, mnok, firms eller percentage-points', en: 'clusters, mnok, firms or percentage-points' },
      value: (f) => f.unit,
    },
    {
      nb: 'Beskrivelse',
      en: 'Label',
      about: { nb: 'Hva kilden teller', en: 'What the source counts' },
      value: (f, lang) => f.label[lang],
    },
    { nb: 'Verdi', en: 'Value', about: { nb: 'Tallet', en: 'The number' }, value: (f) => f.value.value },
    {
      nb: 'Presisering',
      en: 'Qualifier',
      about: {
        nb: 'exact, about, more-than …: slik kilden ordlegger seg',
        en: 'exact, about, more-than …: as the source words it',
      },
      value: (f) => f.value.qualifier,
    },
    {
      nb: 'Sikkerhet',
      en: 'Confidence',
      about: {
        nb: 'S: kilden sier det; I: utledet fra kildene (se Grunnlag)',
        en: 'S: the source states it; I: inferred from the sources (see Basis)',
      },
      value: (f) => f.value.confidence,
    },
    {
      nb: 'Grunnlag',
      en: 'Basis',
      about: { nb: 'Hvorfor en utledet verdi er utledet', en: 'Why an inferred value is inferred' },
      value: (f, lang) => (f.value.confidence === 'I' ? f.value.basis[lang] : null),
    },
    ...sourceColumns<FigureValueRecord>((f) => [f.value.source]),
  ],
);

const countCell = (count: IntakeRecord['admitted']): CsvCell => ('status' in count ? null : valuesCell(count));
const countStatus = (count: IntakeRecord['admitted'], lang: Lang): string =>
  'status' in count ? UNKNOWN[count.reason][lang] : KNOWN[lang];
const countSources = (count: IntakeRecord['admitted']): string[] => ('status' in count ? [] : valuesSources(count));

const intakeRounds = table<IntakeRecord>(
  'intake-rounds',
  {
    nb: 'Opptaksrundene: tatt opp og søkere per nivå og år',
    en: 'The intake rounds: admitted and applicants per level and year',
  },
  (d) => d.programme.intakes,
  [
    { nb: 'Id', en: 'Id', about: { nb: 'Rundens id', en: 'The round’s id' }, value: (r) => r.id },
    { nb: 'År', en: 'Year', about: { nb: 'Året', en: 'The year' }, value: (r) => r.year },
    {
      nb: 'Dato',
      en: 'Date',
      about: { nb: 'Kunngjøringen; tom når den ikke er oppgitt', en: 'The announcement; empty when not given' },
      value: (r) => dateText(r.date),
    },
    {
      nb: 'Nivå',
      en: 'Level',
      about: { nb: 'Tomt: runden på tvers av nivåer', en: 'Empty: the round across levels' },
      value: (r) => r.level,
    },
    {
      nb: 'Tatt opp',
      en: 'Admitted',
      about: {
        nb: 'Antall; flere verdier skilt med | der kildene er uenige',
        en: 'Count; several values separated by | where sources disagree',
      },
      value: (r) => countCell(r.admitted),
    },
    {
      nb: 'Tatt opp-status',
      en: 'Admitted status',
      about: { nb: 'kjent eller ikke publisert', en: 'known or not published' },
      value: (r, lang) => countStatus(r.admitted, lang),
    },
    {
      nb: 'Søkere',
      en: 'Applicants',
      about: { nb: 'Som Tatt opp', en: 'As Admitted' },
      value: (r) => countCell(r.applicants),
    },
    {
      nb: 'Søkere-status',
      en: 'Applicants status',
      about: { nb: 'kjent eller ikke publisert', en: 'known or not published' },
      value: (r, lang) => countStatus(r.applicants, lang),
    },
    {
      nb: 'Klynger',
      en: 'Clusters',
      about: {
        nb: 'Klyngene kildene navngir (id-er), skilt med |',
        en: 'The clusters the sources name (ids), separated by |',
      },
      value: (r) => r.clusters.join(' | ') || null,
    },
    ...sourceColumns<IntakeRecord>((r) => [...countSources(r.admitted), ...countSources(r.applicants)]),
  ],
);

const sources = table<SourceRecord>(
  'sources',
  { nb: 'Kildene: hver kilde datasettet bygger på', en: 'The sources: every source the dataset rests on' },
  (d) => d.sources,
  [
    { nb: 'Utgiver', en: 'Publisher', about: { nb: 'Utgiveren', en: 'The publisher' }, value: (s) => s.publisher },
    {
      nb: 'Tittel',
      en: 'Title',
      about: { nb: 'Tittelen slik den er publisert', en: 'The title as published' },
      value: (s) => s.title,
    },
    {
      nb: 'Dato',
      en: 'Date',
      about: {
        nb: 'Publiseringsdato med kildens presisjon; tom når kilden ikke gir den',
        en: 'Publication date at the source’s precision; empty when the source gives none',
      },
      value: (s) => dateText(s.date),
    },
    {
      nb: 'Type',
      en: 'Kind',
      about: {
        nb: 'primary, report, programme, cluster eller press',
        en: 'primary, report, programme, cluster or press',
      },
      value: (s) => s.kind,
    },
    { nb: 'URL', en: 'URL', about: { nb: 'Adressen', en: 'The address' }, value: (s) => s.url },
  ],
);

/** The tidy tables of the download, in order (ADR 064). */
export const DATASET_TABLE_SPECS: readonly DatasetTableSpec[] = [
  clusters,
  levelPeriods,
  evaluation,
  yearlyFigures,
  intakeRounds,
  sources,
];
