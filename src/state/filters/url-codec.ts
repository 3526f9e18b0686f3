import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import { LANGS, type Lang } from '../../i18n/lang';
import {
  DEFAULT_FILTERS,
  MAX_QUERY_LENGTH,
  MAX_SLIDE,
  SORT_KEYS,
  canonicalLevels,
  type FilterState,
  type SortKey,
} from './filter-state';
import { URL_MIGRATIONS, migrateUrl, type UrlMigration } from './url-migrations';

export const PARAM = {
  level: 'level',
  q: 'q',
  sort: 'sort',
  lang: 'lang',
  present: 'present',
  slide: 'slide',
  step: 'step',
} as const;
export type ParamName = keyof typeof PARAM;

/** A parameter the URL had that could not be used; it falls back to the default. */
export interface InvalidParam {
  name: ParamName;
  value: string;
}

export interface ParsedSearch {
  state: FilterState;
  invalid: InvalidParam[];
}

type Parse<T> = { ok: true; value: T } | { ok: false };
const ok = <T>(value: T): Parse<T> => ({ ok: true, value });
const bad = { ok: false } as const;

// Ids in the URL are read case-insensitively (`?lang=EN`, `?level=GCE`): a hand-typed or shouted link still works.
const isLevel = (value: string): value is LevelId => (LEVEL_IDS as readonly string[]).includes(value);
const isSort = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);
const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

function parseLevels(raw: string): Parse<LevelId[]> {
  const parts = raw
    .toLowerCase()
    .split('~')
    .filter((p) => p !== '');
  if (parts.length === 0 || !parts.every(isLevel)) return bad;
  return ok(canonicalLevels(parts));
}

function parseSlide(raw: string): Parse<number> {
  if (!/^[1-9]\d{0,4}$/.test(raw)) return bad;
  const value = Number(raw);
  return value <= MAX_SLIDE ? ok(value) : bad;
}

/** Every `level` value, joined as one (`?level=gce&level=nce` reads as `gce~nce`); null when there is none. */
function joinedLevels(params: URLSearchParams): string | null {
  const values = params.getAll(PARAM.level);
  return values.length === 0 ? null : values.join('~');
}

function lowerCased<T extends string>(raw: string, is: (value: string) => value is T): Parse<T> {
  const value = raw.toLowerCase();
  return is(value) ? ok(value) : bad;
}

/**
 * Reads filter state from a query string, after the URL migrations (url-migrations.ts) have brought an
 * older link up to date. Each parameter is valid, invalid or missing; an invalid one falls back to its
 * default and is reported, never thrown. Repeated `level` keys add up (`?level=gce&level=nce` is both);
 * of any other repeated key the first counts. Level ids, sort and language ignore case.
 */
export function parseSearch(search: string, migrations: readonly UrlMigration[] = URL_MIGRATIONS): ParsedSearch {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(migrateUrl({ pathname: '', search }, migrations).search);
  } catch {
    params = new URLSearchParams();
  }
  const state: FilterState = { ...DEFAULT_FILTERS };
  const invalid: InvalidParam[] = [];
  const read = <T>(name: ParamName, parse: (raw: string) => Parse<T>, assign: (value: T) => void) => {
    const raw = name === 'level' ? joinedLevels(params) : params.get(PARAM[name]);
    if (raw === null) return;
    const parsed = parse(raw);
    if (parsed.ok) assign(parsed.value);
    else invalid.push({ name, value: raw.slice(0, 60) });
  };

  read('level', parseLevels, (value) => (state.levels = value));
  read(
    'q',
    (raw) => (raw.length <= MAX_QUERY_LENGTH ? ok(raw) : bad),
    (value) => (state.q = value),
  );
  read(
    'sort',
    (raw) => lowerCased(raw, isSort),
    (value) => (state.sort = value),
  );
  read(
    'lang',
    (raw) => lowerCased(raw, isLang),
    (value) => (state.lang = value),
  );
  read(
    'present',
    (raw) => (raw === '1' ? ok(true) : bad),
    (value) => (state.present = value),
  );
  read('slide', parseSlide, (value) => (state.slide = value));
  read('step', parseSlide, (value) => (state.step = value));
  if (!state.present) {
    state.slide = DEFAULT_FILTERS.slide;
    state.step = DEFAULT_FILTERS.step;
  }
  return { state, invalid };
}

/**
 * Writes filter state as a query string ("?level=nce~arena&lang=en", or "" when all defaults),
 * with only the values that differ from the defaults, in a fixed order so equal states give equal links.
 */
export function serializeSearch(state: FilterState): string {
  const params = new URLSearchParams();
  const levels = canonicalLevels(state.levels);
  if (levels.length > 0) params.set(PARAM.level, levels.join('~'));
  if (state.q !== DEFAULT_FILTERS.q) params.set(PARAM.q, state.q.slice(0, MAX_QUERY_LENGTH));
  if (state.sort !== DEFAULT_FILTERS.sort) params.set(PARAM.sort, state.sort);
  if (state.lang !== DEFAULT_FILTERS.lang) params.set(PARAM.lang, state.lang);
  if (state.present) {
    params.set(PARAM.present, '1');
    if (state.slide !== DEFAULT_FILTERS.slide) params.set(PARAM.slide, String(state.slide));
    if (state.step !== null) params.set(PARAM.step, String(state.step));
  }
  // URLSearchParams encodes "~" as %7E; keep the contract's readable form.
  const text = params.toString().replace(/%7E/gi, '~');
  return text === '' ? '' : `?${text}`;
}

/** The parts of the state that a link to another view keeps: presentation mode is left behind. */
export function linkState(state: FilterState): FilterState {
  return { ...state, present: false, slide: DEFAULT_FILTERS.slide, step: DEFAULT_FILTERS.step };
}

/** The state field each parameter writes. */
const FIELD_OF_PARAM: Record<ParamName, keyof FilterState> = {
  level: 'levels',
  q: 'q',
  sort: 'sort',
  lang: 'lang',
  present: 'present',
  slide: 'slide',
  step: 'step',
};

/** The state with every parameter a view does not keep set back to its default (so a link drops it). */
export function keepOnly(state: FilterState, keeps: readonly ParamName[]): FilterState {
  const kept = { ...DEFAULT_FILTERS };
  for (const param of keeps) Object.assign(kept, { [FIELD_OF_PARAM[param]]: state[FIELD_OF_PARAM[param]] });
  return kept;
}
